import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { OrganizationChildren } from '../components/OrganizationChildren';
import { OrganizationDetails } from '../components/OrganizationDetails';
import { OrganizationNotFound } from '../components/OrganizationNotFound';
import { LogActivityButton } from '../../activity/components/LogActivityButton';
import { OrganizationContacts } from '../../contact/components/OrganizationContacts';
import { MergeOrganizationButton } from '../../merge/components/MergeOrganizationButton';
import { OrganizationNeeds } from '../../need/components/OrganizationNeeds';
import { OrganizationProjects } from '../../project/components/OrganizationProjects';
import { RecordTimeline } from '../../timeline/components/RecordTimeline';
import { DeleteRecordButton } from '../../trash/components/DeleteRecordButton';
import { RestoreRecordButton } from '../../trash/components/RestoreRecordButton';
import { RecordHistory } from '../../history/components/RecordHistory';

const OrganizationDetailQuery = graphql(`
  query OrganizationDetail($id: ID!) {
    organization(id: $id) {
      id
      name
      acronym
      deletedAt
      version
      ...OrganizationDetails_organization
      ...OrganizationContacts_organization
      ...OrganizationChildren_organization
      ...OrganizationProjects_organization
      ...OrganizationNeeds_organization
    }
  }
`);

/** /organizations/:id: its fields, where it belongs and what belongs to it. */
export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const { canEdit } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('tab') ?? 'overview';
  const { data, loading, error, refetch } = useQuery(OrganizationDetailQuery, { variables: { id } });
  const organization = data?.organization;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!organization) return <OrganizationNotFound />;

  return (
    <>
      <PageHeader
        title={organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name}
        breadcrumbs={[{ label: 'Organizations', to: '/organizations' }]}
        actions={
          canEdit &&
          !organization.deletedAt && (
            <Group gap="xs">
              <LogActivityButton record={{ kind: 'ORGANIZATION', id: organization.id, name: organization.name }} />
              <MergeOrganizationButton organization={organization} />
              <Button component={Link} to="edit" leftSection={<IconPencil size={18} aria-hidden />}>
                Edit
              </Button>
              <DeleteRecordButton
                type="ORGANIZATION"
                id={organization.id}
                name={organization.name}
                version={organization.version}
              />
            </Group>
          )
        }
      />
      <Stack>
        {organization.deletedAt && (
          <Alert color="orange" title="In the trash">
            <Group justify="space-between" gap="xs">
              <span>This organization was moved to the trash, with its links.</span>
              {canEdit && <RestoreRecordButton type="ORGANIZATION" id={organization.id} name={organization.name} />}
            </Group>
          </Alert>
        )}
        <Tabs
          value={tab}
          onChange={(value) => setSearchParams(value && value !== 'overview' ? { tab: value } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="overview">Overview</Tabs.Tab>
            <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
            <Tabs.Tab value="history">History</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <OrganizationDetails organization={organization} />
              <OrganizationContacts organization={organization} />
              <OrganizationChildren organization={organization} />
              <OrganizationProjects organization={organization} />
              <OrganizationNeeds organization={organization} />
            </SimpleGrid>
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <RecordTimeline kind="ORGANIZATION" id={organization.id} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <RecordHistory recordId={organization.id} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
