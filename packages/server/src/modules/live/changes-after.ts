import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Change } from '../shared/change.entity';
import { summaryOf, type ChangeSummary } from './change-summary';

export const HISTORY_PAGE = 500;

/**
 * The changes of the history after `afterId`, oldest first (by transaction start, then id), in
 * pages, narrowed by `narrow` (a condition on `changes c`).
 */
export async function* changesAfter(
  dataSource: DataSource,
  afterId: string,
  narrow: (query: SelectQueryBuilder<Change>) => SelectQueryBuilder<Change> = (query) => query,
): AsyncGenerator<ChangeSummary[]> {
  let cursor = afterId;
  for (;;) {
    const page = await narrow(
      dataSource
        .getRepository(Change)
        .createQueryBuilder('c')
        .where('(c.at, c.id) > (SELECT cur.at, cur.id FROM changes cur WHERE cur.id = :cursor)', { cursor }),
    )
      .orderBy('c.at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(HISTORY_PAGE)
      .getMany();
    if (page.length > 0) yield page.map(summaryOf);
    if (page.length < HISTORY_PAGE) return;
    cursor = page[page.length - 1].id;
  }
}
