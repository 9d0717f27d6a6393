import { useQuery } from '@apollo/client/react';
import { Group, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { EditLinkButton, MergedAlert, TrashedAlert, UrlTabs } from '../../../ui/page';
import { RecentWork } from '../../timeline/components/RecentWork';
import { PageHeader } from '../../../ui/PageHeader';
import { GraphLinkButton } from '../../graph/components/GraphLinkButton';
import { OrganizationChildren } from '../components/OrganizationChildren';
import { OrganizationDetails } from '../components/OrganizationDetails';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { LogActivityButton } from '../../activity/components/LogActivityButton';
import { OrganizationContacts } from '../../contact/components/OrganizationContacts';
import { MergeOrganizationButton } from '../../merge/components/MergeOrganizationButton';
import { OrganizationNeeds } from '../../need/components/OrganizationNeeds';
import { OrganizationOpportunities } from '../../opportunity/components/OrganizationOpportunities';
import { OrganizationProjects } from '../../projectLink/components/OrganizationProjects';
import { RecordTimeline } from '../../timeline/components/RecordTimeline';
import { DeleteRecordButton } from '../../trash/components/DeleteRecordButton';
import { RestoreRecordButton } from '../../trash/components/RestoreRecordButton';
import { RecordHistory } from '../../history/components/RecordHistory';
import { NewDocumentButton } from '../../document/components/NewDocumentButton';
import { useLiveRecord } from '../../live/hooks/useLiveRecord';

const OrganizationDetailQuery = graphql(`
  query OrganizationDetail($id: ID!) {
    organization(id: $id) {
      id
      name
      acronym
      deletedAt
      version
      mergedInto {
        id
        name
      }
      ...OrganizationDetails_organization
      ...OrganizationContacts_organization
      ...OrganizationChildren_organization
      ...OrganizationProjects_organization
      ...OrganizationNeeds_organization
      ...OrganizationOpportunities_organization
    }
  }
`);

/** /organizations/:id: its fields, where it belongs and what belongs to it. */
export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const { canEdit } = useSession();
  const { data, loading, error, refetch } = useQuery(OrganizationDetailQuery, { variables: { id } });
  useLiveRecord(id, refetch);
  const organization = data?.organization;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!organization)
    return (
      <RecordNotFound
        label="Organization"
        plural="Organizations"
        path="/organizations"
        description="It may have been moved to the trash, merged into another one, or the link is wrong."
      />
    );

  return (
    <>
      <PageHeader
        title={organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name}
        breadcrumbs={[{ label: 'Organizations', to: '/organizations' }]}
        actions={
          !organization.deletedAt && (
            <Group gap="xs">
              <GraphLinkButton id={organization.id} />
              {canEdit && (
                <>
                  <LogActivityButton record={{ kind: 'ORGANIZATION', id: organization.id, name: organization.name }} />
                  <NewDocumentButton target="organization" id={organization.id} />
                  <MergeOrganizationButton organization={organization} />
                  <EditLinkButton />
                  <DeleteRecordButton
                    type="ORGANIZATION"
                    id={organization.id}
                    name={organization.name}
                    version={organization.version}
                  />
                </>
              )}
            </Group>
          )
        }
      />
      <Stack>
        {organization.mergedInto ? (
          <MergedAlert
            noun="organization"
            into={{ name: organization.mergedInto.name, to: `/organizations/${organization.mergedInto.id}` }}
          />
        ) : (
          organization.deletedAt && (
            <TrashedAlert
              action={
                canEdit && <RestoreRecordButton type="ORGANIZATION" id={organization.id} name={organization.name} />
              }
            >
              This organization was moved to the trash, with its links.
            </TrashedAlert>
          )
        )}
        <UrlTabs
          tabs={[
            {
              value: 'overview',
              label: 'Overview',
              panel: (
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                  <OrganizationDetails organization={organization} />
                  <RecentWork kind="ORGANIZATION" id={organization.id} timelineHref="?tab=timeline" />
                  <OrganizationContacts organization={organization} />
                  <OrganizationChildren organization={organization} />
                  <OrganizationProjects organization={organization} />
                  <OrganizationNeeds organization={organization} />
                  <OrganizationOpportunities organization={organization} />
                </SimpleGrid>
              ),
            },
            {
              value: 'timeline',
              label: 'Timeline',
              panel: <RecordTimeline kind="ORGANIZATION" id={organization.id} />,
            },
            { value: 'history', label: 'History', panel: <RecordHistory recordId={organization.id} /> },
          ]}
        />
      </Stack>
    </>
  );
}
