import { useEffect, useState } from 'react';

export type ServerVersion =
  { state: 'loading' } | { state: 'ok'; version: string } | { state: 'error'; message: string };

/** Asks the API which version answers, to show that the app and the server talk. */
export function useServerVersion(): ServerVersion {
  const [result, setResult] = useState<ServerVersion>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ version }' }),
      signal: controller.signal,
    })
      .then((response) => response.json() as Promise<{ data?: { version: string } }>)
      .then((body) =>
        setResult(body.data ? { state: 'ok', version: body.data.version } : { state: 'error', message: 'no answer' }),
      )
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: 'error', message: String(error) });
      });
    return () => controller.abort();
  }, []);
  return result;
}
