import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LayoutInput } from '../lib/layoutCore';
import type { LayoutMessage, LayoutRequest } from '../lib/layout.worker';
import { LARGE, type ViewGraph } from '../lib/graphModel';
import type { Pin } from '../lib/graphViewParams';

/** The graph as the layout worker takes it: node indexes, positions, pinned flags, weighted pairs. */
function layoutInputOf(graph: ViewGraph, pins: Record<string, Pin>) {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const positions = new Float32Array(ids.length * 2);
  const fixed = new Uint8Array(ids.length);
  ids.forEach((id, i) => {
    const pin = pins[id];
    if (pin) graph.mergeNodeAttributes(id, { x: pin.x, y: pin.y, fixed: true });
    else graph.setNodeAttribute(id, 'fixed', false);
    positions[2 * i] = graph.getNodeAttribute(id, 'x');
    positions[2 * i + 1] = graph.getNodeAttribute(id, 'y');
    fixed[i] = pin ? 1 : 0;
  });
  const edges = new Uint32Array(graph.size * 2);
  const weights = new Float32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    edges[2 * e] = index.get(source)!;
    edges[2 * e + 1] = index.get(target)!;
    weights[e] = attributes.size - 0.5;
    e++;
  });
  const input: LayoutInput = { positions, fixed, edges, weights };
  return { ids, input };
}

/** New nodes start beside a neighbour that was already placed, and old ones where they were. */
function carryPositions(graph: ViewGraph, before: ViewGraph | null) {
  if (!before) return;
  const placed = new Set<string>();
  graph.forEachNode((id) => {
    if (!before.hasNode(id)) return;
    graph.mergeNodeAttributes(id, { x: before.getNodeAttribute(id, 'x'), y: before.getNodeAttribute(id, 'y') });
    placed.add(id);
  });
  graph.forEachNode((id) => {
    if (placed.has(id)) return;
    const anchor = graph.neighbors(id).find((neighbour) => placed.has(neighbour));
    if (!anchor) return;
    const { x, y } = graph.getNodeAttributes(anchor);
    graph.mergeNodeAttributes(id, { x: x + (Math.random() - 0.5) * 10, y: y + (Math.random() - 0.5) * 10 });
  });
}

/**
 * Lays the graph out with ForceAtlas2 in a web worker (never on the main thread): positions
 * arrive every few iterations and move the nodes; communities (Louvain, in the same worker)
 * arrive first. A new graph keeps the places of the nodes it shares with the one before. Answers
 * whether the layout is still running.
 */
export function useGraphLayout(graph: ViewGraph, pins: Record<string, Pin>, onCommunities: () => void) {
  const [finished, setFinished] = useState<ViewGraph | null>(null);
  const worker = useRef<Worker | null>(null);
  const before = useRef<ViewGraph | null>(null);
  const runs = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  const pinKey = JSON.stringify(pins);
  useLayoutEffect(() => {
    if (before.current !== graph) carryPositions(graph, before.current);
    before.current = graph;
    if (graph.order === 0) return;
    worker.current ??= new Worker(new URL('../lib/layout.worker.ts', import.meta.url), { type: 'module' });
    const layout = worker.current;
    const id = ++runs.current;
    const { ids, input } = layoutInputOf(graph, JSON.parse(pinKey) as Record<string, Pin>);
    const at = new Map(ids.map((node, i) => [node, i]));
    let shown = 0;
    layout.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'communities') {
        const { communities } = message;
        graph.updateEachNodeAttributes(
          (node, attributes) => {
            const i = at.get(node);
            if (i !== undefined) attributes.community = communities[i];
            return attributes;
          },
          { attributes: ['community'] },
        );
        onCommunities();
        return;
      }
      // Each drawing of a large view is costly: its positions are shown a few times a second only.
      if (!message.done && graph.order > LARGE && performance.now() - shown < 400) return;
      shown = performance.now();
      const { positions } = message;
      graph.updateEachNodeAttributes(
        (node, attributes) => {
          const i = at.get(node);
          if (i !== undefined && !attributes.fixed) {
            attributes.x = positions[2 * i];
            attributes.y = positions[2 * i + 1];
          }
          return attributes;
        },
        { attributes: ['x', 'y'] },
      );
      if (message.done) {
        performance.mark('liaison:graph-layout-done', { detail: { nodes: graph.order } });
        setFinished(graph);
      }
    };
    const request: LayoutRequest = { type: 'start', id, input, communities: true };
    layout.postMessage(request, [input.positions.buffer, input.fixed.buffer, input.edges.buffer, input.weights.buffer]);
    return () => layout.postMessage({ type: 'stop' } satisfies LayoutRequest);
    // onCommunities is read when the answer comes; a new one alone starts no new layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, pinKey]);

  return { running: graph.order > 0 && finished !== graph };
}
