import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../core/log/logger';
import type { ChangeBus, ChangeHandler } from './change-bus';
import { decodeSummaries, encodeSummaries, type ChangeSummary } from './change-summary';

const CHANGES_CHANNEL = 'liaison_changes';
const RECONNECT_MS = 1_000;

/**
 * PostgreSQL's LISTEN/NOTIFY: each instance listens on one connection of its own and notifies
 * through its pool, so a change committed through any instance reaches all of them (the sender
 * too, which then needs no path of its own). Notifications come in commit order.
 */
export class PostgresBus implements ChangeBus {
  private listener: Client | null = null;
  private handler: ChangeHandler | null = null;
  private onResumed: () => void = () => {};
  private stopped = false;
  private sending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly url: string,
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  async start(handler: ChangeHandler, onResumed: () => void): Promise<void> {
    this.handler = handler;
    this.onResumed = onResumed;
    await this.listen();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'liaison-live' });
    client.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
      try {
        this.handler?.(decodeSummaries(message.payload));
      } catch (error) {
        this.logger.error({ err: error }, 'live updates: unreadable notification');
      }
    });
    client.on('error', (error) => {
      this.logger.error({ err: error }, 'live updates: the listening connection failed; reconnecting');
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    this.listener = client;
    await client.connect();
    await client.query(`LISTEN ${CHANGES_CHANNEL}`);
  }

  private reconnect(client: Client): void {
    if (this.stopped || this.listener !== client) return;
    this.listener = null;
    client.end().catch(() => undefined);
    setTimeout(() => {
      if (this.stopped) return;
      this.listen().then(this.onResumed, (error: unknown) => {
        this.logger.error({ err: error }, 'live updates: could not listen again');
        if (this.listener) this.reconnect(this.listener);
      });
    }, RECONNECT_MS).unref();
  }

  publish(summaries: ChangeSummary[]): void {
    const messages = encodeSummaries(summaries);
    // One after the other, so that instances receive a transaction's messages in order.
    this.sending = this.sending.then(async () => {
      for (const message of messages) {
        await this.dataSource
          .query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, message])
          .catch((error: unknown) => this.logger.error({ err: error }, 'live updates: NOTIFY failed'));
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.sending;
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }
}
