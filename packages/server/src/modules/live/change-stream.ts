import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError } from '../../core/graphql/errors';
import { visibleChanges } from '../audit/change.policy';
import { Change } from '../shared/change.entity';
import { ChangeQueue } from './change-queue';
import type { ChangeSummary } from './change-summary';
import { changesAfter, HISTORY_PAGE } from './changes-after';
import type { LiveHub } from './live-hub';

/** How long the changes told from the history are recognised when the bus brings them too. */
const TOLD_KEPT_MS = 60_000;

/** What one subscription asks for: a test on live changes and the same condition in SQL on `changes c`. */
export interface Topic {
  wants(change: ChangeSummary): boolean;
  /** Told of every batch the instance hears, before `wants` is asked. */
  heard?(changes: ChangeSummary[]): void;
  where(query: SelectQueryBuilder<Change>): SelectQueryBuilder<Change>;
}

/** The visible changes of the topic after `afterId`, oldest first, in pages. */
function missedChanges(hub: LiveHub, viewer: Viewer, topic: Topic, afterId: string) {
  return changesAfter(hub.dataSource, afterId, (query) => {
    const visible = visibleChanges('c', viewer);
    return topic.where(query).andWhere(visible.sql, visible.parameters);
  });
}

/** Refuses a cursor that is not a change the viewer may see (nothing would be known to come after it). */
export async function checkCursor(hub: LiveHub, viewer: Viewer, afterId: string): Promise<void> {
  const visible = visibleChanges('c', viewer);
  const found = await hub.dataSource
    .getRepository(Change)
    .createQueryBuilder('c')
    .where('c.id = :afterId', { afterId })
    .andWhere(visible.sql, visible.parameters)
    .getExists();
  if (!found) throw BadUserInputError.field('after', 'is not a change you may see');
}

/**
 * The changes of a topic the viewer may see, live; with `afterId`, first those committed since
 * that change, from the history. Live changes that arrive meanwhile wait until the history is
 * told, and those the history already told are not told twice, even when the bus brings them
 * after the history did.
 */
export function changeStream(hub: LiveHub, viewer: Viewer, topic: Topic, afterId?: string): ChangeQueue<ChangeSummary> {
  let replaying = Boolean(afterId);
  const waiting: ChangeSummary[] = [];
  const told = new Set<string>();
  const fresh = (changes: ChangeSummary[]) => (told.size > 0 ? changes.filter((c) => !told.has(c.changeId)) : changes);
  const queue = new ChangeQueue<ChangeSummary>(() => remove());
  const remove = hub.add({
    viewer,
    wants: (change) => topic.wants(change),
    heard: (changes) => topic.heard?.(changes),
    deliver: (changes) => (replaying ? waiting.push(...changes) : queue.push(fresh(changes))),
  });
  if (afterId) {
    (async () => {
      for await (const page of missedChanges(hub, viewer, topic, afterId)) {
        for (const change of page) told.add(change.changeId);
        queue.push(page);
        // A long absence is replayed page by page as the client reads, and not at all once it has left.
        await queue.until(HISTORY_PAGE);
        if (queue.isClosed) return;
      }
      replaying = false;
      queue.push(fresh(waiting.splice(0)));
      // The bus may still bring changes the history has told (a notification travels after its
      // commit): they are recognised for a while, then forgotten.
      setTimeout(() => told.clear(), TOLD_KEPT_MS).unref();
    })().catch((error: unknown) => queue.fail(error));
  }
  return queue;
}
