import { ActionIcon, Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import type { ProjectRole, ProjectStatus } from '../../../generated/graphql';
import { SectionCard, SectionEmpty } from '../../../ui/details';
import { PROJECT_ROLE_LABELS, PROJECT_STATUS_COLORS, PROJECT_STATUS_LABELS } from '../../project/projectLabels';
import { AddToProjectButton } from './AddToProjectButton';
import { linkPeriod } from './linkPeriod';
import { ProjectLinkDialog, type ExistingProjectLink, type ProjectParty } from './ProjectLinkDialog';

interface RecordProjectRow {
  id: string;
  version: number;
  role: ProjectRole;
  since?: string | null;
  until?: string | null;
  note?: string | null;
  project: { id: string; name: string; acronym?: string | null; status: ProjectStatus };
}

interface RecordProjectsProps {
  party: ProjectParty;
  record: { id: string; name: string };
  links: RecordProjectRow[];
  totalCount: number;
  editable: boolean;
}

/** The projects an organization or a contact takes part in, with its role and dates. */
export function RecordProjects({ party, record, links, totalCount, editable: live }: RecordProjectsProps) {
  const { canEdit } = useSession();
  const editable = canEdit && live;
  const [editing, setEditing] = useState<ExistingProjectLink | null>(null);
  return (
    <SectionCard
      title={`Projects (${totalCount})`}
      action={editable && <AddToProjectButton party={party} record={record} size="xs" />}
    >
      {links.length === 0 ? (
        <SectionEmpty>Takes part in no project yet.</SectionEmpty>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table aria-label="Projects" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Project</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">When</Table.Th>
                {editable && (
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {links.map((link) => (
                <Table.Tr key={link.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/projects/${link.project.id}`}>
                      {link.project.acronym ? `${link.project.name} (${link.project.acronym})` : link.project.name}
                    </Anchor>{' '}
                    <Badge
                      size="xs"
                      variant="dot"
                      color={PROJECT_STATUS_COLORS[link.project.status]}
                      tt="none"
                      miw="max-content"
                    >
                      {PROJECT_STATUS_LABELS[link.project.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none" miw="max-content">
                      {PROJECT_ROLE_LABELS[link.role]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{linkPeriod(link.since, link.until)}</Text>
                  </Table.Td>
                  {editable && (
                    <Table.Td w={44}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Change the role in ${link.project.name}`}
                        onClick={() =>
                          setEditing({
                            ...link,
                            project: { id: link.project.id, name: link.project.name },
                            target: record,
                          })
                        }
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ProjectLinkDialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        party={party}
        link={editing ?? undefined}
      />
    </SectionCard>
  );
}
