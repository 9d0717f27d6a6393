/// <reference lib="webworker" />
import { createLayoutRun, detectCommunities, iterationsFor, type LayoutInput } from './layoutCore';

export type LayoutRequest = { type: 'start'; id: number; input: LayoutInput; communities: boolean } | { type: 'stop' };
export type LayoutMessage =
  | { type: 'communities'; id: number; communities: Int32Array }
  | { type: 'positions'; id: number; positions: Float32Array; done: boolean };

/**
 * ForceAtlas2 (and Louvain) off the main thread: positions go back every few iterations, and a
 * new request or "stop" ends the run in progress between two steps.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let current = 0;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  current = request.type === 'start' ? request.id : -1;
  if (request.type !== 'start') return;
  const { id, input } = request;
  if (request.communities) {
    const communities = detectCommunities(input);
    scope.postMessage({ type: 'communities', id, communities } satisfies LayoutMessage, [communities.buffer]);
  }
  const run = createLayoutRun(input);
  const total = iterationsFor(input.fixed.length);
  const batch = input.fixed.length > 2000 ? 5 : 10;
  let done = 0;
  const next = () => {
    if (current !== id) return;
    done += batch;
    const positions = run.step(batch).slice();
    scope.postMessage({ type: 'positions', id, positions, done: done >= total } satisfies LayoutMessage, [
      positions.buffer,
    ]);
    if (done < total) setTimeout(next, 0);
  };
  setTimeout(next, 0);
};
