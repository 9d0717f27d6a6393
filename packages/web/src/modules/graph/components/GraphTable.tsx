import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { SortableHeader } from '../../../ui/DataTable/SortableHeader';
import type { DataTableColumn } from '../../../ui/DataTable/types';
import type { SortState } from '../../../ui/useUrlState';
import type { GraphEdgeData, GraphNodeData } from '../lib/graphTypes';
import { EDGE_KIND_LABELS, NODE_KIND_LABELS, graphRecordPath } from '../lib/graphTypes';

type Cell = string | number | boolean | null | undefined;
interface Column<Row> extends DataTableColumn<Row> {
  value(row: Row): Cell;
}

export interface NodeTableRow extends GraphNodeData {
  community: number;
}

export interface EdgeTableRow extends GraphEdgeData {
  sourceLabel: string;
  targetLabel: string;
}

function sortRows<Row>(rows: Row[], columns: Column<Row>[], sort: SortState): Row[] {
  const column = columns.find((c) => c.sortKey === sort.key);
  if (!column) return rows;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.value(a) ?? '';
    const y = column.value(b) ?? '';
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
}

function SortedTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  initial,
}: {
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  initial: SortState;
}) {
  const [sort, setSort] = useState<SortState>(initial);
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <SortableHeader key={column.key} column={column} sort={sort} onSortChange={setSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const plain = <Row,>(key: string, header: string, value: (row: Row) => Cell): Column<Row> => ({
  key,
  header,
  sortKey: key,
  value,
  render: (row) => {
    const cell = value(row);
    return typeof cell === 'boolean' ? (cell ? 'yes' : '') : (cell ?? '');
  },
});

function nodeColumns(onSelect: (id: string) => void): Column<NodeTableRow>[] {
  return [
    {
      ...plain<NodeTableRow>('label', 'Name', (node) => node.label),
      render: (node) => {
        const path = graphRecordPath(node);
        return (
          <Stack gap={0}>
            <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onSelect(node.id)}>
              {node.label}
            </Anchor>
            {path && (
              <Anchor component={Link} to={path} size="xs">
                Open page
              </Anchor>
            )}
          </Stack>
        );
      },
    },
    plain('kind', 'Kind', (node) => NODE_KIND_LABELS[node.kind]),
    plain('subtitle', 'Details', (node) => node.subtitle),
    plain('country', 'Country', (node) => node.country),
    plain('degree', 'Links', (node) => node.degree),
    plain('community', 'Community', (node) => (node.community < 0 ? null : node.community + 1)),
  ];
}

const EDGE_COLUMNS: Column<EdgeTableRow>[] = [
  plain('source', 'From', (edge) => edge.sourceLabel),
  plain('kind', 'Link', (edge) => EDGE_KIND_LABELS[edge.kind]),
  plain('target', 'To', (edge) => edge.targetLabel),
  plain('role', 'Role', (edge) => edge.role),
  plain('main', 'Main', (edge) => edge.main),
  plain('since', 'Since', (edge) => edge.since),
  plain('until', 'Until', (edge) => edge.until),
  plain('past', 'Past', (edge) => edge.past),
  plain('count', 'Shared activities', (edge) => edge.count),
];

/** The view as two sortable tables, nodes and links: the same graph for keyboards and screen readers. */
export function GraphTable({
  nodes,
  edges,
  onSelect,
}: {
  nodes: NodeTableRow[];
  edges: EdgeTableRow[];
  onSelect(id: string): void;
}) {
  const columns = useMemo(() => nodeColumns(onSelect), [onSelect]);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Records ({nodes.length})
        </Title>
        <SortedTable
          label="Records in the graph"
          columns={columns}
          rows={nodes}
          rowKey={(node) => node.id}
          initial={{ key: 'degree', direction: 'desc' }}
        />
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Links ({edges.length})
        </Title>
        {edges.length === 0 ? (
          <Text size="sm">No links.</Text>
        ) : (
          <SortedTable
            label="Links in the graph"
            columns={EDGE_COLUMNS}
            rows={edges}
            rowKey={(edge) => edge.id}
            initial={{ key: 'source', direction: 'asc' }}
          />
        )}
      </Stack>
    </Stack>
  );
}
