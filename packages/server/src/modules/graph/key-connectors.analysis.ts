import { Worker } from 'node:worker_threads';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';

/** A graph to analyse: `n` nodes, edge `i` joins `pairs[2i]` and `pairs[2i + 1]`. */
export interface AnalysisInput {
  n: number;
  pairs: Int32Array<ArrayBuffer>;
  weights: Float64Array<ArrayBuffer>;
  /** How many source nodes the betweenness estimate starts from. */
  samples: number;
}

export interface AnalysisOutput {
  /** Betweenness estimate by node. */
  scores: Float64Array<ArrayBuffer>;
  /** Community by node, 0 for the largest. */
  communities: Int32Array<ArrayBuffer>;
}

/** Above this many nodes the analysis runs in a worker thread rather than the request's. */
const IN_THREAD_LIMIT = 1_500;

/**
 * Louvain communities and sampled betweenness (Brandes' accumulation from `samples` sources
 * picked by a fixed pseudo-random sequence, scaled to the whole). Written in plain JavaScript
 * over libraries handed in, so that a worker thread can run its source text as it is.
 */
function analyse(input: AnalysisInput, libs: Libraries): AnalysisOutput {
  const { n, pairs, weights } = input;
  const graph = new libs.Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  for (let i = 0; i < pairs.length / 2; i++) {
    const a = String(pairs[2 * i]);
    const b = String(pairs[2 * i + 1]);
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { weight: weights[i] });
  }
  let state = 42;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const mapping = n ? libs.louvain(graph, { getEdgeWeight: 'weight', rng: random }) : {};
  const sizes = new Map<number, number>();
  for (const key of Object.keys(mapping)) sizes.set(mapping[key], (sizes.get(mapping[key]) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
  const renumber = new Map(order.map((community, rank) => [community, rank]));
  const communities = new Int32Array(n);
  for (let i = 0; i < n; i++) communities[i] = renumber.get(mapping[String(i)]) ?? 0;

  const brandes = libs.createUnweightedIndexedBrandes(graph) as unknown as BrandesFunction;
  const scores = new Float64Array(n);
  const delta = new Float64Array(n);
  const sources = Math.min(n, input.samples);
  const picked = new Set<number>();
  while (picked.size < sources) picked.add(Math.floor(random() * n));
  for (const source of picked) {
    const [stack, predecessors, sigma] = brandes(source);
    for (let j = 0; j < stack.size; j++) delta[stack.items[j]] = 0;
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]) / sigma[w];
      for (const v of predecessors[w]) delta[v] += sigma[v] * coefficient;
      if (w !== source) scores[w] += delta[w];
    }
  }
  const scale = n > 2 && sources ? n / sources / ((n - 1) * (n - 2)) : 0;
  const byIndex = brandes.index.collect(scores);
  for (let i = 0; i < n; i++) scores[i] = (byIndex[String(i)] ?? 0) * scale;
  return { scores, communities };
}

/** What graphology's indexed Brandes gives, as its own betweenness code uses it. */
type BrandesFunction = ((
  source: number,
) => [{ items: ArrayLike<number>; size: number; pop(): number | undefined }, number[][], Uint32Array]) & {
  index: { collect(values: Float64Array): Record<string, number> };
};

interface Libraries {
  Graph: typeof Graph;
  louvain: typeof louvain;
  createUnweightedIndexedBrandes: typeof createUnweightedIndexedBrandes;
}

const LIBRARY_PATHS = {
  Graph: 'graphology',
  louvain: 'graphology-communities-louvain',
  brandes: 'graphology-shortest-path/indexed-brandes',
};

const LIBRARIES: Libraries = { Graph, louvain, createUnweightedIndexedBrandes };

let worker: Worker | null = null;
let nextJob = 0;
const jobs = new Map<number, { resolve: (output: AnalysisOutput) => void; reject: (error: Error) => void }>();

/** One worker per process, started on first need, not keeping the process alive. */
function analysisWorker(): Worker {
  if (worker) return worker;
  const paths = Object.fromEntries(Object.entries(LIBRARY_PATHS).map(([name, path]) => [name, require.resolve(path)]));
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const brandes = require(workerData.brandes);
    const libs = {
      Graph: require(workerData.Graph),
      louvain: require(workerData.louvain),
      createUnweightedIndexedBrandes: brandes.createUnweightedIndexedBrandes,
    };
    const analyse = ${analyse.toString()};
    parentPort.on('message', ({ id, input }) => {
      try {
        const output = analyse(input, libs);
        parentPort.postMessage({ id, output }, [output.scores.buffer, output.communities.buffer]);
      } catch (error) {
        parentPort.postMessage({ id, error: String(error && error.stack || error) });
      }
    });`;
  const started = new Worker(source, { eval: true, workerData: paths });
  started.unref();
  started.on('message', ({ id, output, error }: { id: number; output?: AnalysisOutput; error?: string }) => {
    const job = jobs.get(id);
    jobs.delete(id);
    if (error) job?.reject(new Error(error));
    else job?.resolve(output!);
  });
  started.on('error', (error) => {
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
    worker = null;
  });
  worker = started;
  return started;
}

/** Analyses the graph: in the request's thread when small, else in the worker thread. */
export function analyseGraph(input: AnalysisInput): Promise<AnalysisOutput> {
  if (input.n <= IN_THREAD_LIMIT) return Promise.resolve(analyse(input, LIBRARIES));
  return new Promise((resolve, reject) => {
    const id = nextJob++;
    jobs.set(id, { resolve, reject });
    analysisWorker().postMessage({ id, input }, [input.pairs.buffer, input.weights.buffer]);
  });
}
