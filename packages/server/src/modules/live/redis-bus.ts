import { Redis } from 'ioredis';
import type { Logger } from '../../core/log/logger';
import type { ChangeBus, ChangeHandler } from './change-bus';
import { decodeSummaries, encodeSummaries, type ChangeSummary } from './change-summary';

/** Redis has no payload limit worth the name; messages stay small all the same. */
const MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * Redis pub/sub, when REDIS_URL is set: one subscribing connection and one publishing
 * connection per instance, both reconnected by the client. Instances of one deployment share
 * `channel`; the publisher's own instance hears its changes back like every other.
 */
export class RedisBus implements ChangeBus {
  private subscriber: Redis | null = null;
  private publisher: Redis | null = null;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly logger: Logger,
  ) {}

  async start(handler: ChangeHandler, onResumed: () => void): Promise<void> {
    const options = { lazyConnect: true, maxRetriesPerRequest: null };
    this.subscriber = new Redis(this.url, options);
    this.publisher = new Redis(this.url, options);
    for (const client of [this.subscriber, this.publisher]) {
      client.on('error', (error: unknown) =>
        this.logger.error({ err: error }, 'live updates: Redis connection failed'),
      );
    }
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        handler(decodeSummaries(message));
      } catch (error) {
        this.logger.error({ err: error }, 'live updates: unreadable Redis message');
      }
    });
    await Promise.all([this.subscriber.connect(), this.publisher.connect()]);
    // The client connects again by itself (and subscribes again); what was published meanwhile is lost to it.
    this.subscriber.on('ready', onResumed);
    await this.subscriber.subscribe(this.channel);
  }

  publish(summaries: ChangeSummary[]): void {
    for (const message of encodeSummaries(summaries, MAX_MESSAGE_BYTES)) {
      this.publisher
        ?.publish(this.channel, message)
        .catch((error: unknown) => this.logger.error({ err: error }, 'live updates: Redis PUBLISH failed'));
    }
  }

  async stop(): Promise<void> {
    const clients = [this.subscriber, this.publisher];
    this.subscriber = this.publisher = null;
    await Promise.all(clients.map((client) => client?.quit().catch(() => client.disconnect())));
  }
}
