import { useQuery } from '@apollo/client/react';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ListPage, PAGE_SIZES } from '../../../ui/list';
import { BulkReassignOwnerButton } from '../../bulk/components/BulkReassignOwnerButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { LEAD_COLUMNS } from '../components/leadColumns';
import { LeadFilters } from '../components/LeadFilters';
import { LeadTable } from '../components/LeadTable';
import { useLeadExport } from '../hooks/useLeadExport';
import { NO_LEAD_FILTERS, useLeadListView } from '../hooks/useLeadListView';

export const LeadListQuery = graphql(`
  query LeadList($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) {
    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...LeadTable_lead
      }
    }
  }
`);

/** /leads: filter, sort, page, choose columns, select for bulk actions, export. */
export function LeadListPage() {
  const { canEdit } = useSession();
  const listView = useLeadListView();
  const { data, previousData, loading, error, refetch } = useQuery(LeadListQuery, {
    variables: listView.variables,
    skip: !listView.ready,
  });
  const connection = (data ?? previousData)?.leads;
  const exporter = useLeadExport();

  return (
    <ListPage
      title="Leads"
      description="Communities and people who may come on board, from first contact to conversion."
      noun={{ one: 'lead', many: 'leads' }}
      createHref="/leads/new"
      emptyDescription="Record a community or a person met at an event or through a referral, to follow them up."
      canEdit={canEdit}
      listView={listView}
      clearedFilters={NO_LEAD_FILTERS}
      columns={LEAD_COLUMNS}
      pageSizes={PAGE_SIZES}
      exporter={exporter}
      error={error}
      onRetry={() => void refetch()}
      filters={(onChange) => <LeadFilters values={listView.view} onChange={onChange} />}
      bulkActions={(leadIds, onDone) => (
        <>
          <BulkTagButton selection={{ leadIds }} onDone={onDone} />
          <BulkReassignOwnerButton selection={{ leadIds }} onDone={onDone} />
        </>
      )}
    >
      {(tableProps) => (
        <LeadTable
          leads={connection?.nodes}
          loading={loading}
          totalCount={connection?.totalCount ?? 0}
          {...tableProps}
        />
      )}
    </ListPage>
  );
}
