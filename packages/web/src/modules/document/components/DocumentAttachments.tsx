import { ActionIcon, Anchor, Badge, Group, List, Paper, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconUnlink } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { DocumentAttachments_DocumentFragment } from '../../../generated/graphql';
import { RECORD_KINDS } from '../../../app/records/recordKinds';
import { describeError } from '../../../ui/errors/describeError';
import { useDetachDocument } from '../hooks/useDetachDocument';
import { AttachDocumentButton } from './AttachDocumentButton';

export const DocumentAttachments_document = graphql(`
  fragment DocumentAttachments_document on Document {
    id
    links {
      id
      organization {
        id
        name
      }
      contact {
        id
        name
      }
      project {
        id
        name
      }
      activity {
        id
        name: subject
      }
      need {
        id
        name: title
      }
    }
  }
`);

type AttachmentLink = DocumentAttachments_DocumentFragment['links'][number];

/** A link's target as the fragment selects it: one field per kind, named as the kind's `detailField`. */
interface LinkTarget {
  __typename: string;
  id: string;
  name: string;
}

/** The kinds a document can be attached to that have a page; the kinds' test checks the fragment against them. */
const ATTACHED_KINDS = RECORD_KINDS.filter((kind) => kind.documentLinks && kind.path);

/** Where a link leads and how it is named; null for a target the viewer may not see. */
function targetOf(link: AttachmentLink): { kind: string; name: string; to: string; record: LinkTarget } | null {
  for (const kind of ATTACHED_KINDS) {
    const record = (link as unknown as Record<string, LinkTarget | null | undefined>)[kind.detailField];
    if (record) return { kind: kind.label, name: record.name, to: `${kind.path}/${record.id}`, record };
  }
  return null;
}

/** The records a document is attached to; editors attach it to more, or detach it. */
export function DocumentAttachments(props: {
  document: FragmentType<typeof DocumentAttachments_document>;
  canEdit: boolean;
}) {
  const document = getFragmentData(DocumentAttachments_document, props.document);
  const [detach] = useDetachDocument();
  const targets = document.links.flatMap((link) => {
    const target = targetOf(link);
    return target ? [{ link, ...target }] : [];
  });

  const confirmDetach = (link: AttachmentLink, record: LinkTarget, name: string) =>
    modals.openConfirmModal({
      title: `Detach from ${name}?`,
      children: <Text size="sm">The document stays; it is no longer listed with {name}.</Text>,
      labels: { confirm: 'Detach', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': 'Close' },
      onConfirm: async () => {
        try {
          await detach(link.id, record);
          notifications.show({ color: 'green', message: `Detached from ${name}.` });
        } catch (error) {
          const { title, message } = describeError(error);
          notifications.show({ color: 'red', title, message });
        }
      },
    });

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Attached to
        </Title>
        {props.canEdit && <AttachDocumentButton documentId={document.id} />}
      </Group>
      {targets.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not attached to any record yet.
          {props.canEdit && ' Attach it to the organizations, contacts or projects it concerns.'}
        </Text>
      ) : (
        <List listStyleType="none" spacing={6}>
          {targets.map(({ link, kind, name, to, record }) => (
            <List.Item key={link.id}>
              <Group gap="xs" wrap="nowrap">
                <Badge size="sm" variant="light" color="gray" tt="none" miw={90}>
                  {kind}
                </Badge>
                <Anchor component={Link} to={to}>
                  {name}
                </Anchor>
                {props.canEdit && (
                  <Tooltip label="Detach">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Detach from ${name}`}
                      onClick={() => confirmDetach(link, record, name)}
                    >
                      <IconUnlink size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
