import { defaultColumnKeys, type DataTableColumn } from '../DataTable';
import { urlParam, type SortState } from '../useUrlState';

export const PAGE_SIZES = [10, 25, 50, 100];

/**
 * The URL parameters every list has besides its filters: `sort`, `page`, `size`, `cols`, and
 * `drill`, the filter of a report cell opened from a report.
 */
export function listViewParams<Row>(columns: DataTableColumn<Row>[], defaultSort: SortState) {
  return {
    sort: urlParam.sort(defaultSort),
    page: urlParam.integer(1),
    size: urlParam.integer(25, { min: 10, max: 100 }),
    cols: urlParam.list(defaultColumnKeys(columns)),
    drill: urlParam.string(),
  };
}

/** The server's order for a column's sort key (`fields` maps sort keys to the API's order fields). */
export function orderOf<Field extends string>(
  sort: SortState,
  fields: Record<string, Field>,
  fallback: Field,
): { field: Field; direction: 'ASC' | 'DESC' } {
  return { field: fields[sort.key] ?? fallback, direction: sort.direction === 'desc' ? 'DESC' : 'ASC' };
}
