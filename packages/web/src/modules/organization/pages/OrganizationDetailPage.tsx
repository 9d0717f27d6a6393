import { useQuery } from '@apollo/client/react';
import { Alert, Button, SimpleGrid, Stack } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { OrganizationChildren } from '../components/OrganizationChildren';
import { OrganizationDetails } from '../components/OrganizationDetails';
import { OrganizationNotFound } from '../components/OrganizationNotFound';

const OrganizationDetailQuery = graphql(`
  query OrganizationDetail($id: ID!) {
    organization(id: $id) {
      id
      name
      acronym
      deletedAt
      ...OrganizationDetails_organization
      ...OrganizationChildren_organization
    }
  }
`);

/** /organizations/:id: its fields, where it belongs and what belongs to it. */
export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const { canEdit } = useSession();
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
            <Button component={Link} to="edit" leftSection={<IconPencil size={18} aria-hidden />}>
              Edit
            </Button>
          )
        }
      />
      <Stack>
        {organization.deletedAt && (
          <Alert color="orange" title="In the trash">
            This organization was moved to the trash. It can be restored from the Trash.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <OrganizationDetails organization={organization} />
          <OrganizationChildren organization={organization} />
        </SimpleGrid>
      </Stack>
    </>
  );
}
