import { Button, Chip, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge } from '@tabler/icons-react';
import { Fragment, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import {
  MergeComparison,
  defaultChoices,
  takenFromDuplicate,
  type ComparedRecord,
  type MergeField,
} from './MergeComparison';
import { MergeDialog } from './MergeDialog';

export interface MergeCandidate {
  id: string;
  name: string;
}

/** A possible duplicate offered as a chip; `label` says more than the name when it helps. */
export interface MergeSuggestion extends MergeCandidate {
  label: ReactNode;
}

export interface MergeInput {
  survivorId: string;
  duplicateId: string;
  survivorVersion: number;
  takeFromDuplicate?: string[];
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
  /** The fields the merge can take from either record. */
  fields: MergeField[];
  /** Both records, formatted per field, once a duplicate is chosen. */
  useComparison(ids: readonly [string, string] | null): readonly [ComparedRecord, ComparedRecord] | null;
  /** Where records of the kind are: `/contacts`, to open the survivor when it is the other one. */
  basePath: string;
  /** The picker to search any record by name. */
  renderPicker(picker: { value: MergeCandidate | null; onChange(value: MergeCandidate | null): void }): ReactNode;
}

/** Which record stays and whose value each field keeps, for one pair of records. */
interface Choices {
  pair: string;
  survivorId: string;
  chosen: Record<string, string>;
}

/** "Merge duplicate…" on a record's page: suggestions and a picker, then the merge dialog. */
export function MergeDuplicateButton({
  survivor,
  noun,
  moves,
  useMerge,
  useSuggestions,
  fields,
  useComparison,
  basePath,
  renderPicker,
}: MergeDuplicateButtonProps) {
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [duplicate, setDuplicate] = useState<MergeCandidate | null>(null);
  const [picked, setPicked] = useState<Choices | null>(null);
  const [merge, { loading, error, reset }] = useMerge();
  const suggestions = useSuggestions(survivor, opened);
  const records = useComparison(duplicate ? [survivor.id, duplicate.id] : null);

  // A new pair starts with the page's record staying and the filled values kept.
  const pair = records?.map((record) => record.id).join() ?? '';
  const choices =
    picked?.pair === pair
      ? picked
      : { pair, survivorId: survivor.id, chosen: records ? defaultChoices(fields, records, survivor.id) : {} };
  const { survivorId, chosen } = choices;

  const dismiss = () => {
    reset();
    setDuplicate(null);
    close();
  };
  const chooseSurvivor = (id: string) => {
    if (records) setPicked({ pair, survivorId: id, chosen: defaultChoices(fields, records, id) });
  };
  const confirm = async () => {
    if (!duplicate || !records) return;
    const staying = records.find((record) => record.id === survivorId)!;
    const going = records.find((record) => record.id !== survivorId)!;
    try {
      await merge({
        survivorId: staying.id,
        duplicateId: going.id,
        survivorVersion: staying.version,
        takeFromDuplicate: takenFromDuplicate(fields, chosen, staying.id),
      });
      notifications.show({ color: 'green', message: `${going.name} was merged into ${staying.name}.` });
      dismiss();
      if (staying.id !== survivor.id) void navigate(`${basePath}/${staying.id}`);
    } catch {
      // Shown in the dialog.
    }
  };
  const staying = records?.find((record) => record.id === survivorId);
  const going = records?.find((record) => record.id !== survivorId);

  return (
    <>
      <Button variant="default" leftSection={<IconArrowMerge size={18} aria-hidden />} onClick={open}>
        Merge duplicate…
      </Button>
      <MergeDialog
        opened={opened}
        onClose={dismiss}
        noun={noun}
        pageName={survivor.name}
        survivorName={staying?.name ?? survivor.name}
        duplicateName={going?.name}
        moves={moves}
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        comparison={
          records && (
            <MergeComparison
              fields={fields}
              records={records}
              survivorId={survivorId}
              onSurvivor={chooseSurvivor}
              chosen={chosen}
              onChoose={(field, id) => setPicked({ ...choices, chosen: { ...chosen, [field]: id } })}
            />
          )
        }
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
