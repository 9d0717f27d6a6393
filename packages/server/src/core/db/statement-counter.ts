import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

interface StatementTally {
  statements: number;
  /** When present, the statements themselves are kept (benchmarks replay them). */
  log?: { query: string; parameters?: unknown[] }[];
}

const tally = new AsyncLocalStorage<StatementTally>();

/**
 * Counts the SQL statements each HTTP request sends, to keep relations batched (a query must
 * cost a bounded number of statements whatever its page size).
 */
export class StatementCountingLogger extends AbstractLogger {
  constructor() {
    super(false);
  }

  override logQuery(query: string, parameters?: unknown[]): void {
    const current = tally.getStore();
    if (!current) return;
    current.statements += 1;
    current.log?.push({ query, parameters });
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
}

/** Runs the rest of the request in its own tally and reports it in an `X-Sql-Statements` header. */
export function countStatements(): RequestHandler {
  return (_req, res, next) => {
    const current: StatementTally = { statements: 0 };
    const writeHead = res.writeHead.bind(res);
    res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
      if (!res.headersSent) res.setHeader('X-Sql-Statements', String(current.statements));
      return writeHead(...args);
    }) as typeof res.writeHead;
    tally.run(current, next);
  };
}

/** Runs `work` and returns the SQL statements it sent, in order. */
export async function recordStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; log: NonNullable<StatementTally['log']> }> {
  const current: StatementTally = { statements: 0, log: [] };
  const result = await tally.run(current, work);
  return { result, log: current.log! };
}
