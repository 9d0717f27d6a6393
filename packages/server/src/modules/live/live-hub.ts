import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Logger } from '../../core/log/logger';
import { visibleChanges } from '../audit/change.policy';
import { Change } from '../shared/change.entity';
import type { ChangeBus } from './change-bus';
import type { ChangeSummary } from './change-summary';
import { changesAfter } from './changes-after';

/** One open subscription: what it asks for and where its events go. */
export interface LiveSubscriber {
  viewer: Viewer;
  /** Whether the subscription asks for this change, visibility aside. */
  wants(change: ChangeSummary): boolean;
  /** Told of every batch, before `wants` is asked. */
  heard(changes: ChangeSummary[]): void;
  deliver(changes: ChangeSummary[]): void;
}

const RECENT_KEPT = 10_000;

/** Subscribers who see exactly the same changes share one visibility check per batch. */
function scopeOf(viewer: Viewer): string {
  if (viewer.role === 'admin') return 'admin';
  return `${viewer.userId}:${[...viewer.teamIds].sort().join(',')}`;
}

/**
 * This instance's subscribers, and the changes the bus brings, handed to each subscriber that
 * asked for them and may see them. Each change is one object shared by every subscriber, and its
 * visibility is checked once per batch and visibility scope, not once per subscriber.
 */
export class LiveHub {
  private readonly subscribers = new Set<LiveSubscriber>();
  private dispatching: Promise<void> = Promise.resolve();
  /** The ids last dispatched, so that a change the bus or a catch-up brings twice is told once. */
  private readonly recent = new Set<string>();
  private lastChangeId: string | null = null;

  constructor(
    readonly dataSource: DataSource,
    private readonly bus: ChangeBus,
    private readonly logger: Logger,
  ) {}

  start(): Promise<void> {
    return this.bus.start(
      (changes) => this.enqueue(() => this.dispatch(changes)),
      () => this.enqueue(() => this.catchUp()),
    );
  }

  /** In order, batch after batch: a later batch's check may not overtake an earlier one's. */
  private enqueue(work: () => Promise<void>): void {
    this.dispatching = this.dispatching
      .then(work)
      .catch((error: unknown) => this.logger.error({ err: error }, 'live updates: dispatch failed'));
  }

  /** After the bus was cut (a lost LISTEN connection): what was committed since the last change told, from the history. */
  private async catchUp(): Promise<void> {
    if (!this.lastChangeId) return;
    for await (const page of changesAfter(this.dataSource, this.lastChangeId)) await this.dispatch(page);
  }

  publish(changes: ChangeSummary[]): void {
    this.bus.publish(changes);
  }

  add(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** How many subscriptions are open on this instance. */
  get subscriberCount(): number {
    return this.subscribers.size;
  }

  async stop(): Promise<void> {
    await this.bus.stop();
    await this.dispatching;
  }

  private async dispatch(batch: ChangeSummary[]): Promise<void> {
    const changes = batch.filter((change) => !this.recent.has(change.changeId));
    if (changes.length === 0) return;
    for (const change of changes) this.recent.add(change.changeId);
    for (const id of this.recent) {
      if (this.recent.size <= RECENT_KEPT) break;
      this.recent.delete(id);
    }
    this.lastChangeId = changes[changes.length - 1].changeId;
    const scopes = new Map<string, { viewer: Viewer; subscribers: LiveSubscriber[]; ids: Set<string> }>();
    for (const subscriber of this.subscribers) {
      subscriber.heard(changes);
      const wanted = changes.filter((change) => subscriber.wants(change));
      if (wanted.length === 0) continue;
      const key = scopeOf(subscriber.viewer);
      const scope = scopes.get(key) ?? { viewer: subscriber.viewer, subscribers: [], ids: new Set<string>() };
      scopes.set(key, scope);
      scope.subscribers.push(subscriber);
      for (const change of wanted) scope.ids.add(change.changeId);
    }
    for (const scope of scopes.values()) {
      const visible = await this.visibleIds(scope.viewer, [...scope.ids]);
      const seen = changes.filter((change) => visible.has(change.changeId));
      for (const subscriber of scope.subscribers) {
        const delivered = seen.filter((change) => subscriber.wants(change));
        if (delivered.length > 0) subscriber.deliver(delivered);
      }
    }
  }

  /** The same rule as the history's: what the viewer's queries would show of these changes. */
  private async visibleIds(viewer: Viewer, ids: string[]): Promise<Set<string>> {
    if (viewer.role === 'admin') return new Set(ids);
    const visible = visibleChanges('c', viewer);
    const rows = await this.dataSource
      .getRepository(Change)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where('c.id IN (:...ids)', { ids })
      .andWhere(visible.sql, visible.parameters)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }
}
