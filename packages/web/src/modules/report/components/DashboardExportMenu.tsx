import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport } from '@tabler/icons-react';
import type { DashboardFilters } from '../dashboardFilters';
import { browserTimeZone } from '../timeZone';

const FORMATS = [
  { format: 'pdf', label: 'PDF' },
  { format: 'png', label: 'PNG' },
  { format: 'svg', label: 'SVG' },
] as const;

/**
 * Where the server draws a dashboard as a file under the filters the reader sees: each filter is
 * sent, an empty one meaning "none" (not the dashboard's own), with the browser's time zone.
 */
function dashboardExportHref(
  id: string,
  format: (typeof FORMATS)[number]['format'],
  filters: DashboardFilters,
  timeZone = browserTimeZone(),
): string {
  const query = new URLSearchParams({ ...filters, timeZone });
  return `/dashboards/${encodeURIComponent(id)}/export.${format}?${query.toString()}`;
}

/** "Export": the dashboard as PDF, PNG or SVG, drawn by the server as the page shows it now. */
export function DashboardExportMenu({ id, filters }: { id: string; filters: DashboardFilters }) {
  return (
    // No focus placeholder: axe allows no role="presentation" child in a menu; opening it from
    // the keyboard focuses PDF at once.
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconFileExport size={18} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
        >
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {FORMATS.map(({ format, label }) => (
          <Menu.Item key={format} component="a" href={dashboardExportHref(id, format, filters)} download>
            {label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
