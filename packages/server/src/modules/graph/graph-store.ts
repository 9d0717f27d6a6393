import { Mutex } from 'async-mutex';
import type { DataSource, EntityManager } from 'typeorm';
import { GraphIndex } from './graph-index';
import { readGraphRows, type GraphRows } from './graph-source';

/**
 * How far back each catch-up reads the history again: a transaction's changes are stamped
 * with its start time, so one that commits late shows up behind newer ones already read.
 */
const LOOKBACK = '2 minutes';

interface ChangeRow {
  id: string;
  recordId: string;
  at: string;
}

/** One instance's copy of the graph, kept current from the history (`changes`). */
class GraphStore {
  readonly index = new GraphIndex();
  private built = false;
  /** The newest change time read, as PostgreSQL prints it. */
  private lastAt: string | null = null;
  /** Changes already applied within the look-back window, by id → time. */
  private seen = new Map<string, string>();
  private readonly mutex = new Mutex();
  private lastSyncStart = -Infinity;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The graph with every change committed before this call applied: built on first use, then
   * one statement reads the recent history (and three more re-read what it touched). Calls
   * that arrive while another catches up share the next catch-up.
   */
  async current(): Promise<GraphIndex> {
    const arrived = performance.now();
    await this.mutex.runExclusive(async () => {
      if (this.lastSyncStart >= arrived) return;
      this.lastSyncStart = performance.now();
      const manager = this.dataSource.manager;
      if (!this.built) await this.build(manager);
      else await this.catchUp(manager);
    });
    return this.index;
  }

  private async build(manager: EntityManager): Promise<void> {
    const [{ now }] = await manager.query(`SELECT now()::text AS now`);
    const rows = await readGraphRows(manager, null);
    this.index.building = true;
    this.apply(rows, []);
    this.index.building = false;
    this.index.compact();
    this.lastAt = now;
    this.built = true;
  }

  private async catchUp(manager: EntityManager): Promise<void> {
    const changes: ChangeRow[] = await manager.query(
      `SELECT id, record_id AS "recordId", at::text AS at FROM changes
        WHERE at > $1::timestamptz - interval '${LOOKBACK}' ORDER BY at`,
      [this.lastAt],
    );
    const fresh = changes.filter((change) => !this.seen.has(change.id));
    for (const change of fresh) this.seen.set(change.id, change.at);
    if (changes.length)
      this.lastAt = changes[changes.length - 1].at > this.lastAt! ? changes[changes.length - 1].at : this.lastAt;
    this.forgetOld(changes);
    if (fresh.length === 0) return;
    const dirty = [...new Set(fresh.map((change) => change.recordId))];
    const ids = [...new Set([...dirty, ...this.index.activitiesOf(dirty)])];
    this.apply(await readGraphRows(manager, ids), ids);
  }

  /** Keeps only the ids still inside the look-back window of this catch-up's answer. */
  private forgetOld(window: ChangeRow[]): void {
    const inWindow = new Set(window.map((change) => change.id));
    for (const id of this.seen.keys()) if (!inWindow.has(id)) this.seen.delete(id);
  }

  /** Applies rows read for `ids` (all of the graph when `ids` is empty and nothing is built). */
  private apply(rows: GraphRows, ids: string[]): void {
    const { index } = this;
    const nodeIds = new Set(rows.nodes.map((node) => node.id));
    for (const id of ids) if (!nodeIds.has(id)) index.removeNode(id);
    for (const node of rows.nodes) index.upsertNode(node);
    index.removeEdgesOf(ids);
    for (const edge of rows.edges) index.addEdge(edge);
    const activityIds = new Set(rows.activities.map((activity) => activity.id));
    for (const id of ids) if (index.hasActivity(id) && !activityIds.has(id)) index.setActivity(id, null);
    for (const activity of rows.activities) index.setActivity(activity.id, activity);
  }
}

const stores = new WeakMap<DataSource, GraphStore>();

/** This instance's graph for `dataSource`, caught up with the history. */
export function currentGraph(dataSource: DataSource): Promise<GraphIndex> {
  let store = stores.get(dataSource);
  if (!store) {
    store = new GraphStore(dataSource);
    stores.set(dataSource, store);
  }
  return store.current();
}
