import { useQuery } from '@apollo/client/react';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ListPage, PAGE_SIZES } from '../../../ui/list';
import { BulkReassignOwnerButton } from '../../bulk/components/BulkReassignOwnerButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { OrganizationFilters } from '../components/OrganizationFilters';
import { ORGANIZATION_COLUMNS } from '../components/organizationColumns';
import { OrganizationTable } from '../components/OrganizationTable';
import { useOrganizationExport } from '../hooks/useOrganizationExport';
import { useOrganizationListView } from '../hooks/useOrganizationListView';

const OrganizationListQuery = graphql(`
  query OrganizationList($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {
    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...OrganizationTable_organization
      }
    }
  }
`);

/** /organizations: filter, sort, page, choose columns, select for bulk actions, export. */
export function OrganizationListPage() {
  const { canEdit } = useSession();
  const listView = useOrganizationListView();
  const { data, previousData, loading, error, refetch } = useQuery(OrganizationListQuery, {
    variables: listView.variables,
    skip: !listView.ready,
  });
  const connection = (data ?? previousData)?.organizations;
  const exporter = useOrganizationExport();

  return (
    <ListPage
      title="Organizations"
      description="Institutes, universities, companies and the other places where the people we know work."
      noun={{ one: 'organization', many: 'organizations' }}
      createHref="/organizations/new"
      emptyDescription="Record the first institute, university or company you work with."
      canEdit={canEdit}
      listView={listView}
      clearedFilters={{ q: '', kind: [], country: [], tag: [] }}
      columns={ORGANIZATION_COLUMNS}
      pageSizes={PAGE_SIZES}
      exporter={exporter}
      error={error}
      onRetry={() => void refetch()}
      filters={(onChange) => <OrganizationFilters values={listView.view} onChange={onChange} />}
      bulkActions={(organizationIds, onDone) => (
        <>
          <BulkTagButton selection={{ organizationIds }} onDone={onDone} />
          <BulkReassignOwnerButton selection={{ organizationIds }} onDone={onDone} />
        </>
      )}
    >
      {(tableProps) => (
        <OrganizationTable
          organizations={connection?.nodes}
          loading={loading}
          totalCount={connection?.totalCount ?? 0}
          {...tableProps}
        />
      )}
    </ListPage>
  );
}
