export { ListPage } from './ListPage';
export { useConnectionExport } from './useConnectionExport';
export { DateCell, activityCountColumn, dateColumn, ownerColumn, tagsColumn, updatedColumn } from './columns';
export { PAGE_SIZES, listViewParams, orderOf } from './listViewParams';
export { drillHref, withDrill } from './drillFilter';
export { InlineSelectCell } from './InlineSelectCell';
export { InlineTextCell } from './InlineTextCell';
