import { useQuery } from '@apollo/client/react';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ListPage, PAGE_SIZES } from '../../../ui/list';
import { BulkReassignOwnerButton } from '../../bulk/components/BulkReassignOwnerButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { ActivityFilters } from '../components/ActivityFilters';
import { ACTIVITY_COLUMNS } from '../components/activityColumns';
import { ActivityTable } from '../components/ActivityTable';
import { useActivityExport } from '../hooks/useActivityExport';
import { NO_FILTERS, useActivityListView } from '../hooks/useActivityListView';

export const ActivityListQuery = graphql(`
  query ActivityList($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int!, $after: String) {
    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...ActivityTable_activity
      }
    }
  }
`);

/** /activities: filter, sort, page, choose columns, select for bulk actions, export. */
export function ActivityListPage() {
  const { canEdit } = useSession();
  const listView = useActivityListView();
  const { data, previousData, loading, error, refetch } = useQuery(ActivityListQuery, {
    variables: listView.variables,
    skip: !listView.ready,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.activities;
  const exporter = useActivityExport();

  return (
    <ListPage
      title="Activities"
      description="Calls, meetings, events, emails, notes and to-dos, with the records they concern."
      noun={{ one: 'activity', many: 'activities' }}
      createHref="/activities/new"
      emptyDescription="Log a call or a meeting from an organization, contact or project page, or record one here."
      canEdit={canEdit}
      listView={listView}
      clearedFilters={NO_FILTERS}
      columns={ACTIVITY_COLUMNS}
      pageSizes={PAGE_SIZES}
      exporter={exporter}
      error={error}
      onRetry={() => void refetch()}
      filters={(onChange) => <ActivityFilters values={listView.view} onChange={onChange} />}
      bulkActions={(activityIds, onDone) => (
        <>
          <BulkTagButton selection={{ activityIds }} onDone={onDone} />
          <BulkReassignOwnerButton selection={{ activityIds }} onDone={onDone} />
        </>
      )}
    >
      {(tableProps) => (
        <ActivityTable
          activities={connection?.nodes}
          loading={loading}
          totalCount={connection?.totalCount ?? 0}
          {...tableProps}
        />
      )}
    </ListPage>
  );
}
