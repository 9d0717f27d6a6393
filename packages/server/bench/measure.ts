import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Load on one endpoint of this machine: a POST body repeated by `connections` clients for `seconds`. */
export async function measure(options: {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let finished!: (result: autocannon.Result) => void;
  const done = new Promise<autocannon.Result>((resolve) => (finished = resolve));
  const instance = autocannon(
    {
      url: options.url,
      method: 'POST',
      body: options.body,
      headers: { 'content-type': 'application/json', ...options.headers },
      connections: options.connections,
      duration: options.seconds,
    },
    (error, result) => (error ? finished({ ...result, errors: (result?.errors ?? 0) + 1 }) : finished(result)),
  );
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode !== 200) errors += 1;
    latencies.push(responseTime);
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / options.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: errors + result.errors + result.timeouts,
  };
}

/** Keeps the last results in the README, between the markers `<!-- name:start -->` and `<!-- name:end -->`. */
export function writeReadmeSection(name: string, table: string): void {
  const readme = path.resolve(__dirname, '../../../README.md');
  const text = readFileSync(readme, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!text.includes(start)) return;
  writeFileSync(readme, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`));
}
