import { ActionIcon, Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { ProjectStatus } from '../../../generated/graphql';
import { SectionAddButton, SectionCard, SectionEmpty } from '../../../ui/details';
import { PROJECT_ROLE_LABELS } from '../../project/projectLabels';
import { linkPeriod } from './linkPeriod';
import { ProjectContactLink_link, ProjectOrganizationLink_link } from './projectLinkFragments';
import { ProjectLinkDialog, type ExistingProjectLink, type ProjectParty } from './ProjectLinkDialog';

export const ProjectLinks_project = graphql(`
  fragment ProjectLinks_project on Project {
    id
    name
    status
    organizationLinks(first: 200) {
      totalCount
      nodes {
        id
        ...ProjectOrganizationLink_link
      }
    }
    contactLinks(first: 200) {
      totalCount
      nodes {
        id
        ...ProjectContactLink_link
      }
    }
  }
`);

interface Row extends ExistingProjectLink {
  to: string;
  trashed: boolean;
}

interface SectionProps {
  party: ProjectParty;
  project: { id: string; name: string; status: ProjectStatus };
  rows: Row[];
  totalCount: number;
  editable: boolean;
}

function LinkSection({ party, project, rows, totalCount, editable }: SectionProps) {
  const [dialog, setDialog] = useState<{ link?: ExistingProjectLink } | null>(null);
  const title = party === 'organization' ? 'Organizations' : 'Contacts';
  return (
    <SectionCard
      title={`${title} (${totalCount})`}
      action={editable && <SectionAddButton onClick={() => setDialog({})}>Add {party}</SectionAddButton>}
    >
      {rows.length === 0 ? (
        <SectionEmpty>
          No {party} takes part yet.{editable && ` Add one with the role it plays.`}
        </SectionEmpty>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table aria-label={`${title} of the project`} verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
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
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Anchor component={Link} to={row.to}>
                      {row.target.name}
                    </Anchor>
                    {row.trashed && (
                      <Badge size="xs" color="orange" variant="dot" ml={6} tt="none" miw="max-content">
                        in the trash
                      </Badge>
                    )}
                    {row.note && (
                      <Text size="xs" c="dimmed">
                        {row.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none" miw="max-content">
                      {PROJECT_ROLE_LABELS[row.role]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{linkPeriod(row.since, row.until)}</Text>
                  </Table.Td>
                  {editable && (
                    <Table.Td w={44}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Change the role of ${row.target.name}`}
                        onClick={() => setDialog({ link: row })}
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
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        party={party}
        project={project}
        link={dialog?.link}
      />
    </SectionCard>
  );
}

/** Who takes part in the project, in which role and when: organizations, then contacts. */
export function ProjectLinks(props: { project: FragmentType<typeof ProjectLinks_project>; editable: boolean }) {
  const project = getFragmentData(ProjectLinks_project, props.project);
  const { canEdit } = useSession();
  const editable = canEdit && props.editable;
  const named = { id: project.id, name: project.name };
  const linkedTo = { ...named, status: project.status };
  const organizations: Row[] = getFragmentData(ProjectOrganizationLink_link, project.organizationLinks.nodes).map(
    (link) => ({
      ...link,
      project: named,
      target: { id: link.organization.id, name: link.organization.name },
      to: `/organizations/${link.organization.id}`,
      trashed: Boolean(link.organization.deletedAt),
    }),
  );
  const contacts: Row[] = getFragmentData(ProjectContactLink_link, project.contactLinks.nodes).map((link) => ({
    ...link,
    project: named,
    target: { id: link.contact.id, name: link.contact.name },
    to: `/contacts/${link.contact.id}`,
    trashed: Boolean(link.contact.deletedAt),
  }));
  return (
    <>
      <LinkSection
        party="organization"
        project={linkedTo}
        rows={organizations}
        totalCount={project.organizationLinks.totalCount}
        editable={editable}
      />
      <LinkSection
        party="contact"
        project={linkedTo}
        rows={contacts}
        totalCount={project.contactLinks.totalCount}
        editable={editable}
      />
    </>
  );
}
