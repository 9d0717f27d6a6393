import { useServerVersion } from './useServerVersion';

export function App() {
  const server = useServerVersion();
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 640, margin: '4rem auto', padding: '0 1rem' }}>
      <h1>Liaison</h1>
      <p>The shared memory of who we know, where they work, which projects connect them and what they need.</p>
      <p role="status">
        {server.state === 'loading' && 'Connecting to the server…'}
        {server.state === 'ok' && `Server ${server.version} is up.`}
        {server.state === 'error' && `The server could not be reached (${server.message}).`}
      </p>
    </main>
  );
}
