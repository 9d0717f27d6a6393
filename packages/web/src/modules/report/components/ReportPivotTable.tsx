import { Anchor, ScrollArea, Table } from '@mantine/core';
import { Link } from 'react-router';
import { drillHref } from '../../../ui/list';
import type { ReportResult } from './ReportView';

const format = (value: number | null | undefined) =>
  value == null ? '—' : Number.isInteger(value) ? value.toLocaleString('en') : value.toFixed(2);

type Pivot = NonNullable<ReportResult['pivot']>;

/**
 * The server's pivot of a report: the other dimensions down the side, one column per value of
 * the pivoted one, the first figure in each cell opening exactly the records it counts.
 */
export function ReportPivotTable({ report, pivot }: { report: ReportResult; pivot: Pivot }) {
  const sideDimensions = report.dimensions.filter((_, i) => i !== pivot.dimension);
  const measure = report.measures[0]?.label ?? 'Count';
  const across = report.dimensions[pivot.dimension]?.label ?? '';
  return (
    <ScrollArea.Autosize mah={480}>
      <Table striped highlightOnHover stickyHeader withColumnBorders aria-label="Pivot table">
        <Table.Caption>{`${measure}, by ${[...sideDimensions.map((d) => d.label), across].join(' and ')}`}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {sideDimensions.map((d) => (
              <Table.Th key={d.field} scope="col">
                {d.label}
              </Table.Th>
            ))}
            {pivot.columnLabels.map((label, i) => (
              <Table.Th key={String(pivot.columnKeys[i])} scope="col" ta="right">
                {label ?? '(none)'}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pivot.rows.map((row) => (
            <Table.Tr key={JSON.stringify(row.keys)}>
              {row.labels.map((label, i) => (
                <Table.Th key={i} scope="row" fw={400}>
                  {label ?? '(none)'}
                </Table.Th>
              ))}
              {row.cells.map((cell, i) => (
                <Table.Td key={i} ta="right">
                  {cell?.filter ? (
                    <Anchor component={Link} to={drillHref(report.list, cell.filter)}>
                      {format(cell.values[0])}
                    </Anchor>
                  ) : (
                    format(cell?.values[0])
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
