import type { DataSource, EntityManager } from 'typeorm';
import { isEmbedded } from '../../core/db/data-source';
import { BadUserInputError } from '../../core/graphql/errors';

export const MAX_QUERY_LENGTH = 200;

/** What a person typed, trimmed; BAD_USER_INPUT when it is blank, too long or has no word in it. */
export function searchText(value: string, field: string): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) throw BadUserInputError.field(field, 'must not be blank');
  if (text.length > MAX_QUERY_LENGTH) {
    throw BadUserInputError.field(field, `must be at most ${MAX_QUERY_LENGTH} characters`);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) throw BadUserInputError.field(field, 'must contain a letter or a digit');
  return text;
}

export function checkFirst(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw BadUserInputError.field('first', `must be between 1 and ${max}`);
  }
  return first;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
export const prefixPattern = (text: string) => `${escapeLike(text)}%`;
export const containsPattern = (text: string) => `%${escapeLike(text)}%`;

export type RunQuery = <T>(sql: string, parameters: Record<string, unknown>) => Promise<T[]>;

/** Runs SQL with named parameters (`:name`, `:...list`) on `manager` (a transaction's) or the pool. */
function namedQuery(dataSource: DataSource, manager: EntityManager = dataSource.manager): RunQuery {
  return (sql, parameters) => {
    const [text, values] = dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return manager.query(text, values);
  };
}

/**
 * A condition that sets a pg_trgm threshold for the statement it is part of (an init plan, run
 * once before the rows are read; `set_config(…, true)` ends with the statement's own transaction),
 * so that a search is one statement without a transaction around it.
 */
export const trigramThreshold = (setting: TrigramSetting, parameter: string) =>
  `(SELECT set_config('pg_trgm.${setting}', CAST(:${parameter} AS text), true)) IS NOT NULL`;

type TrigramSetting = 'similarity_threshold' | 'word_similarity_threshold';

/**
 * Runs `work` in a transaction of its own settings. The pg_trgm thresholds: the `%` and `<%`
 * operators, which the trigram indexes serve, compare with these settings, not with arguments.
 * No sequential scans: with tables of some thousand rows, the planner's estimates for GIN
 * prefix and trigram matches make reading every row look cheaper, but the indexes are 2 to 3
 * times faster there (measured on PostgreSQL 15 with 10,000 contacts), and more so on larger ones.
 * Queries take named parameters (`:name`, `:...list`).
 */
export function withSearchSettings<T>(
  dataSource: DataSource,
  trigram: Partial<Record<TrigramSetting, number>>,
  work: (run: RunQuery) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    const run = namedQuery(dataSource, manager);
    const settings: [string, string][] = [
      ['enable_seqscan', 'off'],
      ...Object.entries(trigram).map(([name, value]): [string, string] => [`pg_trgm.${name}`, String(value)]),
    ];
    await run(
      `SELECT ${settings.map((_, i) => `set_config(:name${i}, :value${i}, true)`).join(', ')}`,
      Object.fromEntries(
        settings.flatMap(([name, value], i) => [
          [`name${i}`, name],
          [`value${i}`, value],
        ]),
      ),
    );
    return work(run);
  });
}

/**
 * Runs a search's statements: on PostgreSQL straight on the pool (each statement sets its own
 * trigram threshold, see `trigramThreshold`); on PGlite in a transaction without sequential
 * scans, since PGlite has no autovacuum to gather the statistics that lead the planner to the
 * trigram index (without them it reads every row: 3 to 4 times slower at scale 10).
 */
export function withSearchPlan<T>(dataSource: DataSource, work: (run: RunQuery) => Promise<T>): Promise<T> {
  return isEmbedded(dataSource) ? withSearchSettings(dataSource, {}, work) : work(namedQuery(dataSource));
}
