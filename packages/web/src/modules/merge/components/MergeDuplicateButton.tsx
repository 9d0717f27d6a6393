import { Button, Chip, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge } from '@tabler/icons-react';
import { Fragment, useState, type ReactNode } from 'react';
import { MergeDialog } from './MergeDialog';

export interface MergeCandidate {
  id: string;
  name: string;
}

/** A possible duplicate offered as a chip; `label` says more than the name when it helps. */
export interface MergeSuggestion extends MergeCandidate {
  label: ReactNode;
}

interface MergeInput {
  survivorId: string;
  duplicateId: string;
  survivorVersion: number;
}

export interface MergeDuplicateButtonProps {
  /** The record whose page this is: it stays, the chosen duplicate is merged into it. */
  survivor: { id: string; name: string; version: number };
  /** "contact", "organization". */
  noun: string;
  /** What moves from the duplicate. */
  moves: string[];
  /** The merge mutation and its state. */
  useMerge(): readonly [(input: MergeInput) => Promise<unknown>, { loading: boolean; error?: unknown; reset(): void }];
  /** Records like the survivor, asked only while the dialog is open (`active`). */
  useSuggestions(survivor: MergeDuplicateButtonProps['survivor'], active: boolean): MergeSuggestion[];
  /** The picker to search any record by name. */
  renderPicker(picker: { value: MergeCandidate | null; onChange(value: MergeCandidate | null): void }): ReactNode;
}

/** "Merge duplicate…" on a record's page: suggestions and a picker, then the merge dialog. */
export function MergeDuplicateButton({
  survivor,
  noun,
  moves,
  useMerge,
  useSuggestions,
  renderPicker,
}: MergeDuplicateButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const [duplicate, setDuplicate] = useState<MergeCandidate | null>(null);
  const [merge, { loading, error, reset }] = useMerge();
  const suggestions = useSuggestions(survivor, opened);

  const dismiss = () => {
    reset();
    setDuplicate(null);
    close();
  };
  const confirm = async () => {
    if (!duplicate) return;
    try {
      await merge({ survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: survivor.version });
      notifications.show({ color: 'green', message: `${duplicate.name} was merged into ${survivor.name}.` });
      dismiss();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <>
      <Button variant="default" leftSection={<IconArrowMerge size={18} aria-hidden />} onClick={open}>
        Merge duplicate…
      </Button>
      <MergeDialog
        opened={opened}
        onClose={dismiss}
        noun={noun}
        survivorName={survivor.name}
        duplicateName={duplicate?.name}
        moves={moves}
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        chooser={
          <>
            {suggestions.length > 0 && (
              <div>
                <Text size="sm" fw={600} mb={4}>
                  Possible duplicates
                </Text>
                <Group gap="xs">
                  {suggestions.map((hit) => (
                    <Chip
                      key={hit.id}
                      checked={duplicate?.id === hit.id}
                      onChange={() => setDuplicate({ id: hit.id, name: hit.name })}
                    >
                      {hit.label}
                    </Chip>
                  ))}
                </Group>
              </div>
            )}
            {/* A new choice mounts a fresh picker, whose search text then shows the chosen name. */}
            <Fragment key={duplicate?.id ?? 'none'}>
              {renderPicker({ value: duplicate, onChange: setDuplicate })}
            </Fragment>
          </>
        }
      />
    </>
  );
}
