import { Skeleton, Table } from '@mantine/core';

/** Placeholder rows while the first page loads. */
export function DataTableSkeleton({ rows, columns }: { rows: number; columns: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, row) => (
        <Table.Tr key={row} aria-hidden>
          {Array.from({ length: columns }, (_, column) => (
            <Table.Td key={column}>
              <Skeleton height={14} radius="sm" width={column === 0 ? '30%' : '70%'} />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </>
  );
}
