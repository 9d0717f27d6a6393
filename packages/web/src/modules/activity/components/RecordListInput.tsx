import { ActionIcon, Badge, Group, Input, Stack } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { CONCERNED_KINDS, type ConcernedKind, type ConcernedRecord } from '../activityRecords';
import { RecordPicker, recordKey } from './RecordPicker';

interface RecordListInputProps {
  label: string;
  kinds: ConcernedKind[];
  addLabel: string;
  value?: ConcernedRecord[];
  onChange(value: ConcernedRecord[]): void;
  error?: ReactNode;
}

/** A list of chosen records, each removable, and a picker to add one more. */
export function RecordListInput({ label, kinds, addLabel, value = [], onChange, error }: RecordListInputProps) {
  return (
    <Input.Wrapper label={label} error={error}>
      <Stack gap="xs" mt={4}>
        {value.length > 0 && (
          <Group gap="xs" role="list" aria-label={label}>
            {value.map((record) => (
              <Badge
                key={recordKey(record)}
                role="listitem"
                variant="light"
                size="lg"
                tt="none"
                rightSection={
                  <ActionIcon
                    size="xs"
                    variant="transparent"
                    aria-label={`Remove ${record.name}`}
                    onClick={() => onChange(value.filter((other) => recordKey(other) !== recordKey(record)))}
                  >
                    <IconX size={12} aria-hidden />
                  </ActionIcon>
                }
              >
                {kinds.length > 1 ? `${CONCERNED_KINDS[record.kind].label}: ` : ''}
                {record.name}
              </Badge>
            ))}
          </Group>
        )}
        <RecordPicker
          // A fresh picker after each choice, empty again.
          key={value.length}
          label={addLabel}
          kinds={kinds}
          value={null}
          excludeKeys={value.map(recordKey)}
          onChange={(record) => record && onChange([...value, record])}
        />
      </Stack>
    </Input.Wrapper>
  );
}
