import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.LIAISON_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/auth': api,
      '/healthz': api,
    },
  },
  build: { outDir: 'dist', sourcemap: true },
});
