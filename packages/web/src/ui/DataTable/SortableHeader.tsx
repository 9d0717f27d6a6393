import { Center, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { SortState } from '../useUrlState';
import type { DataTableColumn } from './types';

interface SortableHeaderProps<Row> {
  column: DataTableColumn<Row>;
  sort?: SortState;
  onSortChange?: (sort: SortState) => void;
}

/** A column header; a button that sorts by it (then reverses) when the column has a sort key. */
export function SortableHeader<Row>({ column, sort, onSortChange }: SortableHeaderProps<Row>) {
  const sortKey = column.sortKey;
  if (!sortKey || !onSortChange) {
    return (
      <Table.Th style={{ width: column.width, textAlign: column.align }} scope="col">
        {column.header}
      </Table.Th>
    );
  }
  const active = sort?.key === sortKey;
  const direction = active ? sort.direction : undefined;
  const Icon = direction === 'asc' ? IconChevronUp : direction === 'desc' ? IconChevronDown : IconSelector;
  return (
    <Table.Th
      scope="col"
      style={{ width: column.width }}
      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
    >
      <UnstyledButton
        onClick={() => onSortChange({ key: sortKey, direction: active && direction === 'asc' ? 'desc' : 'asc' })}
        style={{ width: '100%' }}
      >
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text fw={700} size="sm">
            {column.header}
          </Text>
          <Center>
            <Icon size={16} aria-hidden />
          </Center>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
