import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { Change } from './change.entity';

/** Told the changes of each transaction once it has committed, in the order they were written. */
export type CommittedChangesListener = (changes: Change[]) => void;

interface Pending {
  depth: number;
  change: Change;
}

const PENDING = Symbol('committedChanges');
const listeners = new WeakMap<DataSource, Set<CommittedChangesListener>>();

const depthOf = (runner: QueryRunner) => (runner as unknown as { transactionDepth: number }).transactionDepth;
const pendingOf = (runner: QueryRunner): Pending[] => ((runner.data as Record<symbol, Pending[]>)[PENDING] ??= []);

function announce(dataSource: DataSource, changes: Change[]): void {
  if (changes.length === 0) return;
  for (const listener of listeners.get(dataSource) ?? []) listener(changes);
}

/**
 * Keeps each transaction's changes until it commits; a rolled-back savepoint drops those written
 * inside it, a rolled-back transaction all of them. Nobody hears of a change that did not happen.
 */
class CommittedChangesSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit({ queryRunner }: { queryRunner: QueryRunner }): void {
    if (depthOf(queryRunner) > 0) return;
    const pending = pendingOf(queryRunner).splice(0);
    announce(
      queryRunner.connection,
      pending.map((entry) => entry.change),
    );
  }

  afterTransactionRollback({ queryRunner }: { queryRunner: QueryRunner }): void {
    const depth = depthOf(queryRunner);
    const pending = pendingOf(queryRunner);
    const kept = pending.filter((entry) => entry.depth <= depth);
    pending.splice(0, pending.length, ...kept);
  }
}

/** Calls `listener` with the changes of every transaction of `dataSource` after it commits; returns the unsubscribe. */
export function onCommittedChanges(dataSource: DataSource, listener: CommittedChangesListener): () => void {
  let set = listeners.get(dataSource);
  if (!set) {
    set = new Set();
    listeners.set(dataSource, set);
    (dataSource.subscribers as EntitySubscriberInterface[]).push(new CommittedChangesSubscriber());
  }
  set.add(listener);
  return () => set.delete(listener);
}

/** Written by the audit writer: announced at the commit of the manager's transaction, or now when it has none. */
export function announceAfterCommit(manager: EntityManager, changes: Change[]): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    announce(manager.connection, changes);
    return;
  }
  const depth = depthOf(runner);
  pendingOf(runner).push(...changes.map((change) => ({ depth, change })));
}
