/* eslint-disable no-console -- a benchmark reports on the console */
/**
 * The graph explorer's figures in headless Chromium (software GL), for README — not a test:
 * a view of 5,000 records and 10,000 links (made here, deterministic, with communities) is
 * answered to the page in place of the server's neighbourhood, then
 *   - first paint: from the answer's arrival (resource timing) to sigma's first drawing of it;
 *   - the longest main-thread task while the worker lays it out (Long Tasks API);
 *   - frames per second (requestAnimationFrame) during a scripted pan and zoom.
 * Run after `npm run build`: `npm run bench:graph-web` (BENCH_NODES, BENCH_EDGES change the size).
 */
import os from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser, newPage } from '../support/browser';
import { startServer, stopServer } from '../support/server';
import { signIn } from '../support/signIn';

const NODES = Number(process.env.BENCH_NODES ?? 5000);
const EDGES = Number(process.env.BENCH_EDGES ?? 10000);
const KINDS = ['ORGANIZATION', 'CONTACT', 'PROJECT', 'USER'] as const;

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** A small-world view: 50 communities, nine links in ten inside one, the rest across. */
function syntheticView(nodes: number, edges: number) {
  const next = random(42);
  const id = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  const communities = 50;
  const list = Array.from({ length: nodes }, (_, i) => ({
    __typename: 'GraphNode',
    id: id(i),
    kind: KINDS[i % KINDS.length],
    label: `Record ${i}`,
    subtitle: null,
    country: null,
    degree: 0,
    trashed: false,
  }));
  const links = [];
  const seen = new Set<string>();
  while (links.length < edges) {
    const a = Math.floor(next() * nodes);
    const community = a % communities;
    const b =
      next() < 0.9
        ? (Math.floor(next() * (nodes / communities)) * communities + community) % nodes
        : Math.floor(next() * nodes);
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    list[a].degree++;
    list[b].degree++;
    links.push({
      __typename: 'GraphEdge',
      id: `KNOWS:${key}`,
      kind: 'KNOWS',
      source: id(a),
      target: id(b),
      role: null,
      main: null,
      since: null,
      until: null,
      past: false,
      note: null,
      count: 1,
      lastDate: null,
      weight: 0.5,
    });
  }
  return { __typename: 'GraphView', truncated: false, nodes: list, edges: links };
}

async function measure(page: Page, seed: string) {
  const profile = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (profile) {
    await profile.send('Profiler.enable');
    await profile.send('Profiler.start');
  }
  await page.goto(`/graph?seeds=${seed}`);
  await page.waitForFunction(() => performance.getEntriesByName('liaison:graph-rendered').length > 0, null, {
    timeout: 120_000,
  });
  await page.waitForFunction(() => performance.getEntriesByName('liaison:graph-layout-done').length > 0, null, {
    timeout: 300_000,
    polling: 500,
  });
  if (profile) {
    const { profile: result } = (await profile.send('Profiler.stop')) as unknown as {
      profile: {
        nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
        samples: number[];
        timeDeltas: number[];
      };
    };
    const self = new Map<number, number>();
    result.samples.forEach((node, i) => self.set(node, (self.get(node) ?? 0) + (result.timeDeltas[i] ?? 0)));
    const byName = new Map<string, number>();
    for (const node of result.nodes) {
      const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
      byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0));
    }
    console.log(
      [...byName.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, v]) => `${(v / 1000).toFixed(0)} ms ${k}`)
        .join('\n'),
    );
  }
  const timing = await page.evaluate(() => {
    const rendered = performance.getEntriesByName('liaison:graph-rendered')[0].startTime;
    const done = performance.getEntriesByName('liaison:graph-layout-done')[0].startTime;
    const answers = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/graphql'))
      .map((entry) => (entry as PerformanceResourceTiming).responseEnd)
      .filter((end) => end <= rendered);
    const arrived = Math.max(...answers);
    const tasks = (
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks ?? []
    ).filter((task) => task.start >= rendered && task.start <= done);
    return {
      firstPaint: rendered - arrived,
      layout: done - rendered,
      longestTask: tasks.reduce((longest, task) => Math.max(longest, task.duration), 0),
      longTasks: tasks.length,
    };
  });

  // Pan and zoom with the mouse, as a person would, counting animation frames meanwhile.
  const box = (await page.locator('.sigma-container').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.evaluate(() => {
    const counter = { frames: 0, running: true, start: performance.now(), end: 0 };
    (window as unknown as { __frames: typeof counter }).__frames = counter;
    const tick = () => {
      if (!counter.running) return;
      counter.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  for (let step = 0; step < 120; step++) {
    const angle = (step / 120) * 2 * Math.PI;
    await page.mouse.move(centre.x + 150 * Math.cos(angle), centre.y + 100 * Math.sin(angle));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  for (let step = 0; step < 20; step++) {
    await page.mouse.wheel(0, step < 10 ? -120 : 120);
    await page.waitForTimeout(50);
  }
  const fps = await page.evaluate(() => {
    const counter = (window as unknown as { __frames: { frames: number; running: boolean; start: number } }).__frames;
    counter.running = false;
    return (counter.frames * 1000) / (performance.now() - counter.start);
  });
  return { ...timing, fps };
}

async function main() {
  const server = await startServer();
  process.env.E2E_BASE_URL = server.url;
  const browser = await launchBrowser();
  try {
    const { page } = await newPage(browser, { width: 1600, height: 1000 });
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await signIn(page, 'editor', '/organizations');
    const view = syntheticView(NODES, EDGES);
    const answer = JSON.stringify({ data: { graphNeighborhood: view } });
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName === 'GraphNeighborhood')
        await route.fulfill({ status: 200, contentType: 'application/json', body: answer });
      else await route.continue();
    });
    const runs: Awaited<ReturnType<typeof measure>>[] = [];
    for (let run = 0; run < 3; run++) runs.push(await measure(page, view.nodes[0].id));
    const median = (pick: (r: (typeof runs)[number]) => number) => runs.map(pick).sort((a, b) => a - b)[1];
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`Graph view in headless Chromium (software GL), ${NODES} nodes / ${EDGES} edges, median of 3 runs`);
    console.log(`machine: ${os.cpus().length} × ${cpu}, ${new Date().toISOString().slice(0, 10)}`);
    console.log(`first paint after the data arrives: ${median((r) => r.firstPaint).toFixed(0)} ms`);
    console.log(
      `layout in the worker: ${(median((r) => r.layout) / 1000).toFixed(1)} s; longest main-thread task meanwhile: ` +
        `${median((r) => r.longestTask).toFixed(0)} ms (${median((r) => r.longTasks)} tasks over 50 ms)`,
    );
    console.log(`pan and zoom: ${median((r) => r.fps).toFixed(1)} frames per second`);
    console.log(
      JSON.stringify(
        runs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v * 10) / 10]))),
      ),
    );
  } finally {
    await browser.close();
    await stopServer(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
