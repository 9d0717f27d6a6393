import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ColorSwatch, Group, Paper, Skeleton, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { describeKindCounts } from '../../../app/records/kindCounts';
import { useSession } from '../../../app/session/useSession';
import { describeError } from '../../../ui/errors/describeError';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { MergeTagDialog } from '../components/MergeTagDialog';
import { TagFormDialog, type EditedTag } from '../components/TagFormDialog';
import { DeleteTagMutation, TagsPageQuery } from '../tagOperations';

type Dialog = { kind: 'new' } | { kind: 'edit'; tagId: string } | { kind: 'merge'; tagId: string } | null;

/** /tags: every tag with how much it is used, by kind of record; editors create, rename, colour, merge and delete. */
export function TagsPage() {
  const { canEdit } = useSession();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const { data, previousData, loading, error, refetch } = useQuery(TagsPageQuery, {
    variables: { text: debounced || undefined },
  });
  const tags = (data ?? previousData)?.tags.nodes;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [remove] = useMutation(DeleteTagMutation);
  const chosen = tags?.find((tag) => dialog && 'tagId' in dialog && tag.id === dialog.tagId);

  const close = (changed: boolean) => {
    setDialog(null);
    if (changed) void refetch();
  };
  const deleteTag = async (tag: EditedTag) => {
    try {
      await remove({ variables: { input: { id: tag.id, version: tag.version } } });
      notifications.show({ color: 'green', message: `${tag.label} was moved to the trash.` });
      await refetch();
    } catch (caught) {
      const { title, message } = describeError(caught);
      notifications.show({ color: 'red', title, message });
    }
  };

  return (
    <>
      <PageHeader
        title="Tags"
        description="The labels records carry, and how many records of each kind carry them."
        actions={
          canEdit && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'new' })}>
              New tag
            </Button>
          )
        }
      />
      <TextInput
        label="Search tags"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        mb="md"
        w={{ base: '100%', sm: 320 }}
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Tags" aria-busy={loading} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tag</Table.Th>
                <Table.Th>Records</Table.Th>
                <Table.Th>By kind</Table.Th>
                {canEdit && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {!tags && (
                <Table.Tr>
                  <Table.Td colSpan={canEdit ? 4 : 3}>
                    <Skeleton height={14} />
                  </Table.Td>
                </Table.Tr>
              )}
              {tags?.map((tag) => (
                <Table.Tr key={tag.id}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <ColorSwatch color={tag.color ?? 'transparent'} size={14} aria-hidden withShadow={!tag.color} />
                      <Text fw={600} size="sm">
                        {tag.label}
                      </Text>
                    </Group>
                    {tag.description && (
                      <Text size="xs" c="dimmed" mt={4}>
                        {tag.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{tag.usageCount}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{describeKindCounts(tag.usage) || 'Not used'}</Text>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={`Edit ${tag.label}`}
                          onClick={() => setDialog({ kind: 'edit', tagId: tag.id })}
                        >
                          Edit
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={`Merge ${tag.label}`}
                          onClick={() => setDialog({ kind: 'merge', tagId: tag.id })}
                        >
                          Merge…
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          aria-label={`Delete ${tag.label}`}
                          onClick={() => void deleteTag(tag)}
                        >
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
              {tags?.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={canEdit ? 4 : 3}>
                    <Text c="dimmed">{debounced ? 'No tag matches.' : 'No tags yet.'}</Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {dialog?.kind === 'new' && <TagFormDialog onClose={close} />}
      {dialog?.kind === 'edit' && chosen && <TagFormDialog tag={chosen} onClose={close} />}
      {dialog?.kind === 'merge' && chosen && tags && <MergeTagDialog tag={chosen} tags={tags} onClose={close} />}
    </>
  );
}
