import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Report } from './report.types';

/** How many reports are kept, and for how long at most (a bound on any change the key misses). */
const MAX_ENTRIES = 500;
const MAX_AGE_MS = 60_000;

const entries = new Map<string, { report: Report; at: number }>();

/** What a viewer may see depends on the role, the user and the teams: the cache keeps them apart. */
function scopeOf(viewer: Viewer | null): string {
  if (!viewer) return 'nobody';
  if (viewer.role === 'admin') return 'admin';
  return `${viewer.role}:${viewer.userId}:${[...viewer.teamIds].sort().join(',')}`;
}

/** The latest entry of the change history: every change through the API writes one. */
async function latestChange(dataSource: DataSource): Promise<string> {
  const [row] = (await dataSource.query('SELECT id FROM changes ORDER BY at DESC, id DESC LIMIT 1')) as {
    id: string;
  }[];
  return row?.id ?? 'none';
}

/**
 * A report computed before for the same spec, visibility scope and latest change, or a fresh
 * one. Identical repeated specs (a dashboard reloaded) cost one indexed read.
 */
export async function cachedReport(
  dataSource: DataSource,
  viewer: Viewer | null,
  spec: unknown,
  compute: () => Promise<Report>,
): Promise<Report> {
  const key = `${scopeOf(viewer)}|${await latestChange(dataSource)}|${JSON.stringify(spec)}`;
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < MAX_AGE_MS) {
    // Most recently used last, so that the oldest goes first.
    entries.delete(key);
    entries.set(key, hit);
    return hit.report;
  }
  const report = await compute();
  entries.set(key, { report, at: now });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return report;
}

/** Forgets every report: for a process that moves to another database (the benchmark). */
export function forgetReports(): void {
  entries.clear();
}
