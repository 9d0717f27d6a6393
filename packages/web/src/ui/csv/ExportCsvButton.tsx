import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport } from '@tabler/icons-react';
import { describeError } from '../errors/describeError';

interface ExportCsvButtonProps {
  /** Runs the export; answers how many rows were saved. */
  onExport(): Promise<number>;
  loading: boolean;
  label?: string;
}

/** "Export CSV", with the outcome said in a notification. */
export function ExportCsvButton({ onExport, loading, label = 'Export CSV' }: ExportCsvButtonProps) {
  const run = async () => {
    try {
      const count = await onExport();
      notifications.show({ color: 'green', message: `Exported ${count} row${count === 1 ? '' : 's'}.` });
    } catch (error) {
      const { title, message } = describeError(error);
      notifications.show({ color: 'red', title, message });
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconFileExport size={18} aria-hidden />}
      loading={loading}
      onClick={() => void run()}
    >
      {label}
    </Button>
  );
}
