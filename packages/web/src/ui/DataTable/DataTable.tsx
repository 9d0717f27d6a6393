import { Box, Checkbox, Group, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { NextStep } from '../NextStep';
import type { SortState } from '../useUrlState';
import { ColumnChooser } from './ColumnChooser';
import { visibleColumnsOf } from './columns';
import { DataTableFooter } from './DataTableFooter';
import { DataTableSkeleton } from './DataTableSkeleton';
import { SelectionBar } from './SelectionBar';
import { SortableHeader } from './SortableHeader';
import type { DataTableColumn, DataTableEmpty, DataTableSelection } from './types';

/** A selected row's tint: in the light scheme the palest primary shade, which keeps its links above 4.5:1. */
const SELECTED_ROW = 'light-dark(var(--mantine-primary-color-0), var(--mantine-primary-color-light))';

export interface DataTableProps<Row> {
  /** Names the table for screen readers: "Organizations". */
  label: string;
  columns: DataTableColumn<Row>[];
  /** This page's rows; undefined until the first answer. */
  rows: Row[] | undefined;
  rowKey(row: Row): string;
  /** Names a row for its checkbox: "Select CERN". */
  rowLabel(row: Row): string;
  loading?: boolean;
  /** Keys of the shown columns; always-visible ones are shown anyway. */
  visibleColumns: string[];
  onVisibleColumnsChange(keys: string[]): void;
  sort?: SortState;
  onSortChange?(sort: SortState): void;
  page: number;
  pageSize: number;
  totalCount: number;
  onPageChange(page: number): void;
  pageSizes?: number[];
  onPageSizeChange?(size: number): void;
  /** Checkboxes and bulk actions; none when absent. */
  selection?: DataTableSelection<Row>;
  empty: DataTableEmpty;
  /** Buttons beside "Columns": export … */
  toolbar?: ReactNode;
}

/**
 * A page of server-side rows: the server sorts and pages (the parent turns sort and page into
 * query variables, usually kept in the URL with useUrlState); the table shows them, lets the person
 * choose columns, select rows for bulk actions, and says when there is nothing.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { columns, rows, rowKey, selection, loading = false } = props;
  const shown = visibleColumnsOf(columns, props.visibleColumns);
  const keys = rows?.map(rowKey) ?? [];
  const selected = new Set(selection?.selected ?? []);
  const selectedOnPage = keys.filter((key) => selected.has(key));
  const allSelected = keys.length > 0 && selectedOnPage.length === keys.length;
  const columnCount = shown.length + (selection ? 1 : 0);
  const toggle = (key: string) =>
    selection?.onChange(selected.has(key) ? selection.selected.filter((k) => k !== key) : [...selection.selected, key]);

  return (
    <Box>
      <Group justify="flex-end" gap="xs" mb="sm">
        {props.toolbar}
        <ColumnChooser columns={columns} visible={shown.map((c) => c.key)} onChange={props.onVisibleColumnsChange} />
      </Group>
      {selection && selectedOnPage.length > 0 && (
        <SelectionBar count={selectedOnPage.length} onClear={() => selection.onChange([])}>
          {selection.actions(rows!.filter((row) => selected.has(rowKey(row))))}
        </SelectionBar>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table
          striped
          highlightOnHover
          aria-label={props.label}
          aria-busy={loading}
          style={{ opacity: loading && rows ? 0.6 : 1, transition: 'opacity 150ms' }}
        >
          <Table.Thead>
            <Table.Tr>
              {selection && (
                <Table.Th w={40}>
                  <Checkbox
                    aria-label="Select all rows of this page"
                    checked={allSelected}
                    indeterminate={selectedOnPage.length > 0 && !allSelected}
                    disabled={keys.length === 0}
                    onChange={() => selection.onChange(allSelected ? [] : keys)}
                  />
                </Table.Th>
              )}
              {shown.map((column) => (
                <SortableHeader key={column.key} column={column} sort={props.sort} onSortChange={props.onSortChange} />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {!rows && <DataTableSkeleton rows={Math.min(props.pageSize, 8)} columns={columnCount} />}
            {rows?.map((row) => {
              const key = rowKey(row);
              return (
                <Table.Tr key={key} bg={selected.has(key) ? SELECTED_ROW : undefined}>
                  {selection && (
                    <Table.Td>
                      <Checkbox
                        aria-label={`Select ${props.rowLabel(row)}`}
                        checked={selected.has(key)}
                        onChange={() => toggle(key)}
                      />
                    </Table.Td>
                  )}
                  {shown.map((column) => (
                    <Table.Td key={column.key} style={{ textAlign: column.align }}>
                      {column.render(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows && rows.length === 0 && !loading && <NextStep {...props.empty} />}
      {rows && props.totalCount > 0 && (
        <DataTableFooter
          page={props.page}
          pageSize={props.pageSize}
          totalCount={props.totalCount}
          onPageChange={props.onPageChange}
          pageSizes={props.pageSizes}
          onPageSizeChange={props.onPageSizeChange}
        />
      )}
    </Box>
  );
}
