import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import type { DataTableColumn } from './types';

interface ColumnChooserProps<Row> {
  columns: DataTableColumn<Row>[];
  visible: string[];
  onChange(keys: string[]): void;
}

/** "Columns": which columns the table shows. */
export function ColumnChooser<Row>({ columns, visible, onChange }: ColumnChooserProps<Row>) {
  return (
    <Popover position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={18} aria-hidden />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label="Show columns"
          value={columns.filter((column) => column.alwaysVisible || visible.includes(column.key)).map((c) => c.key)}
          onChange={(keys) => onChange(columns.filter((column) => keys.includes(column.key)).map((c) => c.key))}
        >
          <Stack gap="xs" mt="xs">
            {columns.map((column) => (
              <Checkbox key={column.key} value={column.key} label={column.header} disabled={column.alwaysVisible} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
}
