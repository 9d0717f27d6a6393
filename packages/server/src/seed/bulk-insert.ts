import type { TableChunk } from './demo-world';

/** PostgreSQL's hard limit on the parameters of one statement. */
export const POSTGRES_MAX_PARAMETERS = 65_535;
/** What one statement of ours binds at most: big enough to be fast, well under the limit. */
export const PARAMETERS_PER_STATEMENT = 30_000;

/** Runs one parameterised statement (`DataSource.query`, `EntityManager.query` …). */
export type Execute = (sql: string, parameters: unknown[]) => Promise<unknown>;

export interface InsertStatement {
  sql: string;
  parameters: unknown[];
  rows: number;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Multi-row `INSERT … VALUES ($1, $2 …), (…)` statements for the rows, each binding at most
 * `maxParameters` values. Values are passed as they are: strings, numbers, booleans, null,
 * and arrays for array columns.
 */
export function insertStatements(chunk: TableChunk, maxParameters = PARAMETERS_PER_STATEMENT): InsertStatement[] {
  const width = chunk.columns.length;
  if (width === 0 || width > maxParameters)
    throw new RangeError(`cannot insert ${width} columns with ${maxParameters} parameters`);
  const rowsPerStatement = Math.floor(maxParameters / width);
  const head = `INSERT INTO ${quote(chunk.table)} (${chunk.columns.map(quote).join(', ')}) VALUES `;
  const statements: InsertStatement[] = [];
  for (let start = 0; start < chunk.rows.length; start += rowsPerStatement) {
    const rows = chunk.rows.slice(start, start + rowsPerStatement);
    const parameters: unknown[] = [];
    const tuples = rows.map((row) => {
      if (row.length !== width)
        throw new RangeError(`${chunk.table}: a row has ${row.length} values for ${width} columns`);
      const placeholders = row.map((value) => {
        parameters.push(value);
        return `$${parameters.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    statements.push({ sql: head + tuples.join(', '), parameters, rows: rows.length });
  }
  return statements;
}

/**
 * Inserts a stream of chunks in order, keeping one statement in flight: the next rows are
 * generated while the database works on the previous statement. `onRows` hears after each
 * statement how many rows of which table went in.
 */
export async function insertChunks(
  execute: Execute,
  chunks: Iterable<TableChunk>,
  onRows?: (rows: number, table: string) => void,
  maxParameters = PARAMETERS_PER_STATEMENT,
): Promise<void> {
  let inFlight: Promise<void> = Promise.resolve();
  for (const chunk of chunks) {
    for (const statement of insertStatements(chunk, maxParameters)) {
      await inFlight;
      inFlight = execute(statement.sql, statement.parameters).then(() => onRows?.(statement.rows, chunk.table));
    }
  }
  await inFlight;
}
