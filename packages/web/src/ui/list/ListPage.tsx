import { Alert, Button, Group } from '@mantine/core';
import { IconFileExport, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { downloadCsv, type CsvColumn } from '../csv/downloadCsv';
import { ExportCsvButton } from '../csv/ExportCsvButton';
import { csvColumnsOf, visibleColumnsOf, type DataTableColumn, type DataTableProps } from '../DataTable';
import { ErrorAlert } from '../errors/ErrorAlert';
import { PageHeader } from '../PageHeader';
import type { SetUrlStateOptions, SortState } from '../useUrlState';
import { useViewSelection } from './useViewSelection';

/** The part of a list's URL state that every list has. */
export interface ListViewState {
  sort: SortState;
  page: number;
  size: number;
  cols: string[];
  /** The filter of a report cell this list was opened from (JSON), or ''. */
  drill: string;
}

/** What a list-view hook answers: the view in the URL and the query variables it makes. */
interface ListView<View extends ListViewState, Variables extends { filter?: unknown; orderBy?: unknown }> {
  view: View;
  setView(patch: Partial<View>, options?: SetUrlStateOptions): void;
  variables: Variables;
  filtered: boolean;
}

/** What an export hook answers: saves every row of a view (not just this page) as CSV. */
interface ListExport<Row, Variables extends { filter?: unknown; orderBy?: unknown }> {
  exportCsv(
    view: { filter: Variables['filter']; orderBy: Variables['orderBy'] },
    columns: CsvColumn<Row>[],
  ): Promise<number>;
  exporting: boolean;
}

/** The table's props that the list page fills in; the record's table adds its rows. */
type ListTableProps<Row> = Omit<
  DataTableProps<Row>,
  'label' | 'columns' | 'rows' | 'rowKey' | 'rowLabel' | 'loading' | 'totalCount'
>;

export interface ListPageProps<
  Row extends { id: string },
  View extends ListViewState,
  Variables extends { filter?: unknown; orderBy?: unknown },
> {
  title: string;
  description: ReactNode;
  /** How one record and several are named in labels: `{ one: 'organization', many: 'organizations' }`. */
  noun: { one: string; many: string };
  /** Where "New …" leads. */
  createHref: string;
  /** What the empty list suggests before there is any record. */
  emptyDescription: ReactNode;
  canEdit: boolean;
  listView: ListView<View, Variables>;
  /** The view's filters, all empty: "Clear filters" applies them. */
  clearedFilters: Partial<View>;
  columns: DataTableColumn<Row>[];
  pageSizes: number[];
  exporter: ListExport<Row, Variables>;
  error?: unknown;
  onRetry(): void;
  /** The filter bar, given what to call when a filter changes (the list then goes back to page 1). */
  filters(onChange: (patch: Partial<View>, options?: SetUrlStateOptions) => void): ReactNode;
  /** Editors' buttons for the selected records (bulk tag, reassign owner). */
  bulkActions(ids: string[], onDone: () => void): ReactNode;
  /** The record's table, given the view's sort, paging, columns, selection, export and empty state. */
  children(tableProps: ListTableProps<Row>): ReactNode;
}

/**
 * A list screen: header with "New …", filter bar, errors, and a table whose sort, page, size and
 * columns live in the URL, with a selection bar (export selected, bulk actions), CSV export of the
 * whole view, and empty states that say what to do.
 */
export function ListPage<
  Row extends { id: string },
  View extends ListViewState,
  Variables extends { filter?: unknown; orderBy?: unknown },
>(props: ListPageProps<Row, View, Variables>) {
  const { noun, canEdit, listView, exporter } = props;
  const { view, setView, variables, filtered } = listView;
  const selection = useViewSelection(variables);
  const csvColumns = csvColumnsOf(visibleColumnsOf(props.columns, view.cols));
  const newButtonLabel = `New ${noun.one}`;

  const tableProps: ListTableProps<Row> = {
    visibleColumns: view.cols,
    onVisibleColumnsChange: (cols) => setView({ cols } as Partial<View>, { replace: true }),
    sort: view.sort,
    onSortChange: (sort) => setView({ sort, page: 1 } as Partial<View>),
    page: view.page,
    pageSize: view.size,
    pageSizes: props.pageSizes,
    onPageChange: (page) => setView({ page } as Partial<View>),
    onPageSizeChange: (size) => setView({ size, page: 1 } as Partial<View>),
    selection: {
      selected: selection.selected,
      onChange: selection.setSelected,
      actions: (rows) => (
        <>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileExport size={16} aria-hidden />}
            onClick={() => downloadCsv(`${noun.many}-selected.csv`, csvColumns, rows)}
          >
            Export selected
          </Button>
          {canEdit &&
            props.bulkActions(
              rows.map((row) => row.id),
              selection.clear,
            )}
        </>
      ),
    },
    toolbar: (
      <ExportCsvButton
        loading={exporter.exporting}
        onExport={() => exporter.exportCsv({ filter: variables.filter, orderBy: variables.orderBy }, csvColumns)}
      />
    ),
    // A page past the end (a bookmark to page 5 of a list that has shrunk) says so.
    empty:
      view.page > 1
        ? {
            title: `Page ${view.page} is past the end of this list`,
            action: (
              <Button variant="default" onClick={() => setView({ page: 1 } as Partial<View>)}>
                Back to page 1
              </Button>
            ),
          }
        : filtered
          ? {
              title: `No ${noun.one} matches these filters`,
              action: (
                <Button variant="default" onClick={() => setView({ ...props.clearedFilters, page: 1 })}>
                  Clear filters
                </Button>
              ),
            }
          : {
              title: `No ${noun.many} yet`,
              description: props.emptyDescription,
              action: canEdit && (
                <Button component={Link} to={props.createHref}>
                  {newButtonLabel}
                </Button>
              ),
            },
  };

  return (
    <>
      <PageHeader
        title={props.title}
        description={props.description}
        actions={
          canEdit && (
            <Button component={Link} to={props.createHref} leftSection={<IconPlus size={18} aria-hidden />}>
              {newButtonLabel}
            </Button>
          )
        }
      />
      {view.drill ? (
        <Alert color="blue" mb="sm" title="The records of a report cell">
          <Group justify="space-between">
            <span>This list shows exactly the records a report counted, and your filters on top.</span>
            <Button size="xs" variant="default" onClick={() => setView({ drill: '', page: 1 } as Partial<View>)}>
              Show all
            </Button>
          </Group>
        </Alert>
      ) : null}
      {props.filters((patch, options) => setView({ ...patch, page: 1 }, options))}
      {props.error ? <ErrorAlert error={props.error} onRetry={props.onRetry} /> : null}
      {props.children(tableProps)}
    </>
  );
}
