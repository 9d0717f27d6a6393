export { DataTable, type DataTableProps } from './DataTable';
export { csvColumnsOf, defaultColumnKeys, visibleColumnsOf } from './columns';
export type { DataTableColumn } from './types';
