import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { describePeriod, PROJECT_ROLE_LABELS } from '../contactLabels';

export const ContactProjects_contact = graphql(`
  fragment ContactProjects_contact on Contact {
    id
    projectLinks(first: 100) {
      nodes {
        id
        role
        since
        until
        project {
          id
          name
        }
      }
    }
  }
`);

/** The projects the contact takes part in, with their role. */
export function ContactProjects(props: { contact: FragmentType<typeof ContactProjects_contact> }) {
  const contact = getFragmentData(ContactProjects_contact, props.contact);
  const links = contact.projectLinks.nodes;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Projects
      </Title>
      {links.length === 0 ? (
        <Text c="dimmed" size="sm">
          Not linked to any project. Projects add their people from the project’s page.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {links.map((link) => (
            <li key={link.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/projects/${link.project.id}`} fw={600}>
                  {link.project.name}
                </Anchor>
                <Badge size="sm" variant="light" tt="none">
                  {PROJECT_ROLE_LABELS[link.role]}
                </Badge>
                <Text size="sm" c="dimmed">
                  {describePeriod(link.since, link.until)}
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
