import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { kindsWith } from '../../../app/records/recordKinds';
import { useSearchHits } from '../../../app/search/useSearchHits';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { useAttachDocument } from '../hooks/useAttachDocument';

/** The kinds search finds that documents can be attached to, by their search type. */
const ATTACHABLE = new Map(
  kindsWith('documentLinks').flatMap((kind) => (kind.search ? [[kind.search as string, kind] as const] : [])),
);

/** "Attach to…": find a record (an organization, contact, project …) by name and attach the document to it. */
export function AttachDocumentButton({ documentId }: { documentId: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const { hits, loading: searching, tooShort } = useSearchHits(search);
  const [attach, { loading, error, reset }] = useAttachDocument();
  const found = hits.filter((hit) => ATTACHABLE.has(hit.type));
  const options = found.map((hit) => ({
    value: `${hit.type}:${hit.id}`,
    label: `${hit.title} · ${ATTACHABLE.get(hit.type)!.label}`,
  }));

  const dismiss = () => {
    reset();
    setSearch('');
    setPicked(null);
    close();
  };

  const submit = async () => {
    if (!picked) return;
    const [type, id] = picked.split(':') as [string, string];
    try {
      await attach(documentId, { kind: ATTACHABLE.get(type)!, id });
      const name = found.find((hit) => hit.id === id)?.title ?? 'the record';
      notifications.show({ color: 'green', message: `Attached to ${name}.` });
      dismiss();
    } catch {
      // Shown by the ErrorAlert below.
    }
  };

  return (
    <>
      <Button size="xs" variant="default" leftSection={<IconLink size={16} aria-hidden />} onClick={open}>
        Attach to…
      </Button>
      <Modal opened={opened} onClose={dismiss} title="Attach to a record" closeButtonProps={{ 'aria-label': 'Close' }}>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <Select
            label="Organization, contact or project"
            placeholder="Type two letters or more"
            searchable
            data-autofocus
            data={options}
            value={picked}
            onChange={setPicked}
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: all }) => all}
            nothingFoundMessage={tooShort ? 'Type two letters or more' : searching ? 'Searching…' : 'Nothing found'}
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss}>
              Cancel
            </Button>
            <Button onClick={() => void submit()} loading={loading} disabled={!picked}>
              Attach
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
