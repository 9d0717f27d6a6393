export {
  ListPage,
  type ListExport,
  type ListPageProps,
  type ListTableProps,
  type ListView,
  type ListViewState,
} from './ListPage';
export { useViewSelection } from './useViewSelection';
export { EXPORT_LIMIT, useConnectionExport, type ConnectionExportOptions } from './useConnectionExport';
export {
  DAY_FORMAT,
  DateCell,
  activityCountColumn,
  dateColumn,
  ownerColumn,
  tagsColumn,
  updatedColumn,
} from './columns';
export { PAGE_SIZES, listViewParams, orderOf } from './listViewParams';
export { drillHref, withDrill } from './drillFilter';
