import { Anchor, ScrollArea, Table } from '@mantine/core';
import { Link } from 'react-router';
import { drillHref } from '../../../ui/list';
import type { ReportResult } from './ReportView';

const format = (value: number | null | undefined) =>
  value == null ? '—' : Number.isInteger(value) ? value.toLocaleString() : value.toFixed(2);

/** A report's rows as a table: each figure opens the list of exactly the records it counts. */
export function ReportTable({ report }: { report: ReportResult }) {
  const comparing = report.rows.some((row) => row.previous);
  return (
    <ScrollArea.Autosize mah={480}>
      <Table striped highlightOnHover stickyHeader aria-label="Report data">
        <Table.Thead>
          <Table.Tr>
            {report.dimensions.map((d) => (
              <Table.Th key={d.field}>{d.label}</Table.Th>
            ))}
            {report.measures.map((m) => (
              <Table.Th key={m.label} ta="right">
                {m.label}
              </Table.Th>
            ))}
            {comparing
              ? report.measures.map((m) => (
                  <Table.Th key={`p-${m.label}`} ta="right">{`${m.label}, previous`}</Table.Th>
                ))
              : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => (
            <Table.Tr key={JSON.stringify(row.keys)}>
              {row.labels.map((label, i) => (
                <Table.Td key={i}>{label ?? '(none)'}</Table.Td>
              ))}
              {row.values.map((value, i) => (
                <Table.Td key={i} ta="right">
                  {row.filter ? (
                    <Anchor component={Link} to={drillHref(report.list, row.filter)}>
                      {format(value)}
                    </Anchor>
                  ) : (
                    format(value)
                  )}
                </Table.Td>
              ))}
              {comparing
                ? (row.previous ?? []).map((value, i) => (
                    <Table.Td key={`p${i}`} ta="right">
                      {row.previousFilter ? (
                        <Anchor component={Link} to={drillHref(report.list, row.previousFilter)}>
                          {format(value)}
                        </Anchor>
                      ) : (
                        format(value)
                      )}
                    </Table.Td>
                  ))
                : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
