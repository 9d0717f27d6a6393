import type { ChangeSummary } from './change-summary';

export type ChangeHandler = (summaries: ChangeSummary[]) => void;

/** How the changes committed by any instance reach the subscribers of every instance, this one included. */
export interface ChangeBus {
  /** `onResumed`: the bus was cut and is back; what was published meanwhile is lost to it. */
  start(handler: ChangeHandler, onResumed: () => void): Promise<void>;
  /** The changes of one committed transaction, in order. */
  publish(summaries: ChangeSummary[]): void;
  stop(): Promise<void>;
}

/** The embedded database has one instance: its changes go straight to its own subscribers. */
export class InProcessBus implements ChangeBus {
  private handler: ChangeHandler | null = null;

  start(handler: ChangeHandler): Promise<void> {
    this.handler = handler;
    return Promise.resolve();
  }

  publish(summaries: ChangeSummary[]): void {
    this.handler?.(summaries);
  }

  stop(): Promise<void> {
    this.handler = null;
    return Promise.resolve();
  }
}
