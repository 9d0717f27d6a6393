import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsBudget } from './tools/initialJsBudget.ts';

const api = process.env.LIAISON_API_URL ?? 'http://localhost:4000';

/** What the dev server forwards to the API: everything the server answers itself. */
const API_PATHS = [
  '/graphql',
  '/auth',
  '/oidc',
  '/files',
  '/healthz',
  '/readyz',
  '/calendar.ics',
  // Exports sit under paths the app also routes (`/reports`, `/dashboards/:id`): only the files go.
  '^/reports/export\\.csv',
  '^/dashboards/[^/]+/export\\.(pdf|png|svg)',
];

export default defineConfig({
  // Builds say only what needs attention (and the initial-JavaScript budget); `-- --logLevel info` lists every chunk.
  logLevel: 'warn',
  // The app's first page must stay light: 300 KB of gzipped JavaScript at most.
  plugins: [react(), initialJsBudget({ entry: 'app', limitKb: 300 })],
  resolve: {
    // One copy of Mantine's core and hooks, whatever version a Mantine add-on was installed with.
    dedupe: ['react', 'react-dom', '@mantine/core', '@mantine/hooks'],
  },
  server: {
    port: 5173,
    // Sign-in redirects to PUBLIC_URL: start the API with PUBLIC_URL=http://localhost:5173 so that
    // the provider, the callback and the return all go through this proxy. The Host header stays
    // as the browser sent it: the demo provider builds its redirects from it.
    // `/graphql` carries the subscriptions' WebSocket too (`ws`); the Origin stays the page's, as
    // the API checks it against the Host it is sent to.
    proxy: Object.fromEntries(
      API_PATHS.map((path) => [path, { target: api, changeOrigin: false, ws: path === '/graphql' }]),
    ),
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The API explorer (GraphiQL and its editor) is one large chunk, loaded only at /graphiql.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      // The app and the API explorer (served at /graphiql) are separate pages.
      input: { app: 'index.html', graphiql: 'graphiql.html' },
      output: {
        // The graph libraries (sigma, graphology and the event emitter they need) in one chunk of
        // their own, loaded by /graph only; their own dependencies (React) stay where they are.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'graph-libs',
              test: /node_modules[\\/](sigma|graphology[^\\/]*|@react-sigma[\\/]core|events)[\\/]/,
            },
          ],
        },
      },
      onwarn(warning, warn) {
        // Dependencies' "use no memo" directives are React Compiler hints, harmless once bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
