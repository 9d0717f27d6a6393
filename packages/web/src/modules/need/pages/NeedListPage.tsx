import { useQuery } from '@apollo/client/react';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ListPage, PAGE_SIZES } from '../../../ui/list';
import { BulkReassignOwnerButton } from '../../bulk/components/BulkReassignOwnerButton';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { NEED_COLUMNS } from '../components/needColumns';
import { NeedFilters } from '../components/NeedFilters';
import { NeedTable } from '../components/NeedTable';
import { useNeedExport } from '../hooks/useNeedExport';
import { NO_NEED_FILTERS, useNeedListView } from '../hooks/useNeedListView';

export const NeedListQuery = graphql(`
  query NeedList($filter: NeedFilter, $orderBy: NeedOrder, $first: Int!, $after: String) {
    needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...NeedTable_need
      }
    }
  }
`);

/** /needs: filter, sort, page, choose columns, select for bulk actions, export. */
export function NeedListPage() {
  const { canEdit } = useSession();
  const listView = useNeedListView();
  const { data, previousData, loading, error, refetch } = useQuery(NeedListQuery, {
    variables: listView.variables,
    skip: !listView.ready,
  });
  const connection = (data ?? previousData)?.needs;
  const exporter = useNeedExport();

  return (
    <ListPage
      title="Needs"
      description="What organizations and projects need from the e-infrastructures: compute, storage, training…"
      noun={{ one: 'need', many: 'needs' }}
      createHref="/needs/new"
      emptyDescription="Record what an organization or a project needs, to follow it until it is met."
      canEdit={canEdit}
      listView={listView}
      clearedFilters={NO_NEED_FILTERS}
      columns={NEED_COLUMNS}
      pageSizes={PAGE_SIZES}
      exporter={exporter}
      error={error}
      onRetry={() => void refetch()}
      filters={(onChange) => <NeedFilters values={listView.view} onChange={onChange} />}
      bulkActions={(needIds, onDone) => (
        <>
          <BulkTagButton selection={{ needIds }} onDone={onDone} />
          <BulkReassignOwnerButton selection={{ needIds }} onDone={onDone} />
        </>
      )}
    >
      {(tableProps) => (
        <NeedTable
          needs={connection?.nodes}
          loading={loading}
          totalCount={connection?.totalCount ?? 0}
          {...tableProps}
        />
      )}
    </ListPage>
  );
}
