import type { DataSource } from 'typeorm';
import { isEmbedded } from '../../core/db/data-source';
import type { Logger } from '../../core/log/logger';
import { onCommittedChanges } from '../shared/committed-changes';
import { InProcessBus, type ChangeBus } from './change-bus';
import { summaryOf } from './change-summary';
import { LiveHub } from './live-hub';
import { PostgresBus } from './postgres-bus';
import { RedisBus } from './redis-bus';

export interface LiveOptions {
  logger: Logger;
  /** Fan-out through Redis pub/sub rather than the database (REDIS_URL), on `channel` (REDIS_CHANNEL). */
  redis?: { url: string; channel: string };
}

const hubs = new WeakMap<DataSource, LiveHub>();

function busFor(dataSource: DataSource, options: LiveOptions): ChangeBus {
  if (options.redis) return new RedisBus(options.redis.url, options.redis.channel, options.logger);
  if (isEmbedded(dataSource)) return new InProcessBus();
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('live updates need the database URL to listen for changes');
  return new PostgresBus(url, dataSource, options.logger);
}

/**
 * Starts live updates on this instance: every transaction's changes, once committed, go to the
 * bus, and from the bus to the subscribers of every instance. Returns the stop.
 */
export async function startLive(dataSource: DataSource, options: LiveOptions): Promise<() => Promise<void>> {
  const hub = new LiveHub(dataSource, busFor(dataSource, options), options.logger);
  await hub.start();
  hubs.set(dataSource, hub);
  const unsubscribe = onCommittedChanges(dataSource, (changes) =>
    hub.publish(changes.map(summaryOf).sort((a, b) => (a.changeId < b.changeId ? -1 : 1))),
  );
  return async () => {
    unsubscribe();
    hubs.delete(dataSource);
    await hub.stop();
  };
}

/** The live updates of this instance's database, once started. */
export function liveHubOf(dataSource: DataSource): LiveHub | undefined {
  return hubs.get(dataSource);
}
