import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses that were not 200, carried GraphQL errors, or never came. */
  errors: number;
  requests: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Load on one endpoint of this machine: a POST body repeated by `connections` clients for
 * `seconds`, from a load generator in a process of its own (`load.ts`).
 */
export function measure(options: LoadOptions): Promise<Measurement> {
  const child = fork(path.join(__dirname, 'load.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (answer: { measurement?: Measurement; error?: string }) =>
      answer.measurement ? resolve(answer.measurement) : reject(new Error(answer.error)),
    );
    child.once('exit', (code) => code !== 0 && reject(new Error(`the load generator exited with ${code}`)));
    child.send(options);
  });
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What the machine was doing: its cores and load averages, for the record. */
export function machineNote(): string {
  const cpus = os.cpus();
  const load = os.loadavg().map((n) => n.toFixed(1));
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, load average ${load.join(' / ')}`;
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
