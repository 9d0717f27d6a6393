import { Kbd, Paper, Stack, Text } from '@mantine/core';
import { CONCERNED_KIND_LIST } from '../../activity/activityRecords';
import { RecordPicker } from '../../activity/components/RecordPicker';

/** The graph before it has a record to start from. */
export function GraphStart({ onStart }: { onStart(id: string): void }) {
  return (
    <Paper withBorder p="lg" maw={560}>
      <Stack gap="sm">
        <Text>Start from a record: its neighbourhood is drawn, and from there you expand, filter and find paths.</Text>
        <RecordPicker
          label="Start from"
          kinds={CONCERNED_KIND_LIST}
          value={null}
          onChange={(record) => record && onStart(record.id)}
        />
        <Text size="sm" c="dimmed">
          Or press <Kbd>Ctrl</Kbd> + <Kbd>K</Kbd>, find a record and choose “Show in graph”, or use the Graph button of
          an organization, contact or project.
        </Text>
      </Stack>
    </Paper>
  );
}
