import { QueryFailedError } from 'typeorm';

/** What the database refused because of the request's values, said to the caller as such. */
export interface DatabaseRefusal {
  code: 'CONFLICT' | 'BAD_USER_INPUT';
  status: 409 | 400;
  message: string;
}

/**
 * A database error caused by the values sent rather than by the server: a unique or foreign
 * key, a CHECK or NOT NULL rule, any "data exception" (SQLSTATE class 22: invalid text, a
 * character the encoding cannot hold, a number or date out of range …) or a value too large
 * for an index (54000). Null for anything else, which is a server fault.
 */
export function databaseRefusal(error: unknown): DatabaseRefusal | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = error.driverError as { code?: string; constraint?: string };
  const code = String(driver.code ?? '');
  if (code === '23505') {
    return {
      code: 'CONFLICT',
      status: 409,
      message: `A record with the same unique values already exists (${driver.constraint})`,
    };
  }
  if (code === '23503') {
    return {
      code: 'BAD_USER_INPUT',
      status: 400,
      message: `A referenced record does not exist (${driver.constraint})`,
    };
  }
  if (code === '23514' || code === '23502') {
    return {
      code: 'BAD_USER_INPUT',
      status: 400,
      message: `The value breaks a rule of the data model (${driver.constraint ?? code})`,
    };
  }
  if (code.startsWith('22')) {
    return { code: 'BAD_USER_INPUT', status: 400, message: `A value is not valid for the database (${code})` };
  }
  if (code === '54000') {
    return { code: 'BAD_USER_INPUT', status: 400, message: 'A value is too large for the database (54000)' };
  }
  return null;
}
