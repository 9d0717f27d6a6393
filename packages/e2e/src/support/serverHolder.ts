import type { RunningServer } from './server';

const KEY = Symbol.for('liaison.e2e.server');

/** Where the global setup leaves the server for the global teardown (they share one global object). */
export function serverHolder(): { server?: RunningServer } {
  const holder = globalThis as unknown as Record<symbol, { server?: RunningServer } | undefined>;
  return (holder[KEY] ??= {});
}
