import { Badge, Group, Text } from '@mantine/core';
import dayjs from 'dayjs';
import type { DataTableColumn } from '../DataTable';

/** What a factory's caller may set or change: header, sort, visibility … */
type ColumnOptions<Row> = Partial<Omit<DataTableColumn<Row>, 'render' | 'csv'>>;

const DAY_FORMAT = 'D MMM YYYY';

/** A day (or moment, with `format`) as a `<time>`. */
export function DateCell({ value, format = DAY_FORMAT }: { value: string | null | undefined; format?: string }) {
  if (!value) return null;
  return (
    <Text size="sm" component="time" dateTime={value}>
      {dayjs(value).format(format)}
    </Text>
  );
}

/** A column of dates; the CSV keeps the ISO value. */
export function dateColumn<Row>(
  key: string,
  header: string,
  valueOf: (row: Row) => string | null | undefined,
  { format, ...options }: ColumnOptions<Row> & { format?: string } = {},
): DataTableColumn<Row> {
  return {
    key,
    header,
    render: (row) => <DateCell value={valueOf(row)} format={format} />,
    csv: valueOf,
    ...options,
  };
}

/** "Updated", sortable, hidden until chosen. */
export function updatedColumn<Row extends { updatedAt: string }>(
  options: ColumnOptions<Row> & { format?: string } = {},
): DataTableColumn<Row> {
  return dateColumn('updated', 'Updated', (row) => row.updatedAt, {
    sortKey: 'updated',
    hiddenByDefault: true,
    ...options,
  });
}

/** "Tags" as badges; the CSV lists them separated by semicolons. */
export function tagsColumn<Row extends { tags: readonly { id: string; label: string }[] }>(
  options: ColumnOptions<Row> = {},
): DataTableColumn<Row> {
  return {
    key: 'tags',
    header: 'Tags',
    render: (row) => (
      <Group gap={4}>
        {row.tags.map((tag) => (
          <Badge key={tag.id} variant="light" color="gray" size="sm" tt="none">
            {tag.label}
          </Badge>
        ))}
      </Group>
    ),
    csv: (row) => row.tags.map((tag) => tag.label).join('; '),
    ...options,
  };
}

/** "Owner": the name of the person who looks after the record. */
export function ownerColumn<Row extends { owner?: { name: string } | null }>(
  options: ColumnOptions<Row> = {},
): DataTableColumn<Row> {
  return {
    key: 'owner',
    header: 'Owner',
    render: (row) => row.owner?.name,
    csv: (row) => row.owner?.name,
    ...options,
  };
}
