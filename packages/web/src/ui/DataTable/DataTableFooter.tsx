import { Group, Pagination, Select, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';

const CONTROL_LABELS: Record<string, string> = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
};

interface DataTableFooterProps {
  page: number;
  pageSize: number;
  totalCount: number;
  onPageChange(page: number): void;
  pageSizes?: number[];
  onPageSizeChange?(size: number): void;
}

/** "26–50 of 200", the page numbers and the page size. */
export function DataTableFooter({
  page,
  pageSize,
  totalCount,
  onPageChange,
  pageSizes,
  onPageSizeChange,
}: DataTableFooterProps) {
  const sizeId = useId();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  const first = totalCount === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(totalCount, page * pageSize);
  return (
    <Group justify="space-between" mt="md" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {first}–{last} of {totalCount}
      </Text>
      <Group gap="md" wrap="wrap">
        {pageSizes && onPageSizeChange && (
          <Group gap="xs" wrap="nowrap">
            <Text component="label" htmlFor={sizeId} size="sm">
              Rows per page
            </Text>
            <Select
              id={sizeId}
              size="xs"
              w={76}
              data={pageSizes.map(String)}
              value={String(pageSize)}
              onChange={(value) => value && onPageSizeChange(Number(value))}
              allowDeselect={false}
            />
          </Group>
        )}
        {pages > 1 && (
          <nav aria-label="Pages">
            <Pagination
              total={pages}
              value={Math.min(page, pages)}
              onChange={onPageChange}
              withEdges
              siblings={1}
              size="sm"
              getControlProps={(control) => ({ 'aria-label': CONTROL_LABELS[control] })}
              getItemProps={(item) => ({
                'aria-label': `Page ${item}`,
                'aria-current': item === page ? 'page' : undefined,
              })}
            />
          </nav>
        )}
      </Group>
    </Group>
  );
}
