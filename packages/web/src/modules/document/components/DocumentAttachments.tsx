import { ActionIcon, Anchor, Badge, Group, List, Paper, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconUnlink } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { DocumentAttachments_DocumentFragment } from '../../../generated/graphql';
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
        subject
      }
    }
  }
`);

type AttachmentLink = DocumentAttachments_DocumentFragment['links'][number];

/** Where a link leads and how it is named; null for a target the viewer may not see. */
function targetOf(link: AttachmentLink): { kind: string; name: string; to: string } | null {
  if (link.organization)
    return { kind: 'Organization', name: link.organization.name, to: `/organizations/${link.organization.id}` };
  if (link.contact) return { kind: 'Contact', name: link.contact.name, to: `/contacts/${link.contact.id}` };
  if (link.project) return { kind: 'Project', name: link.project.name, to: `/projects/${link.project.id}` };
  if (link.activity) return { kind: 'Activity', name: link.activity.subject, to: `/activities/${link.activity.id}` };
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

  const confirmDetach = (link: AttachmentLink, name: string) =>
    modals.openConfirmModal({
      title: `Detach from ${name}?`,
      children: <Text size="sm">The document stays; it is no longer listed with {name}.</Text>,
      labels: { confirm: 'Detach', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': 'Close' },
      onConfirm: async () => {
        try {
          await detach(link.id, link.organization ?? link.contact ?? link.project);
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
          {targets.map(({ link, kind, name, to }) => (
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
                      onClick={() => confirmDetach(link, name)}
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
