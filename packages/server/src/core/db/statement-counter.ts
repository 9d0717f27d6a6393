import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

interface StatementTally {
  statements: number;
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

  override logQuery(): void {
    const current = tally.getStore();
    if (current) current.statements += 1;
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
