import { useMemo } from 'react';
import { pageCursor } from '../../../app/apollo/pageCursor';
import type { NeedCategory, NeedFilter, NeedOrderField, NeedPriority, NeedStatus } from '../../../generated/graphql';
import { listViewParams, orderOf, withDrill } from '../../../ui/list';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { useTagNamesInUrl } from '../../tag/hooks/useTagNamesInUrl';
import { NEED_COLUMNS } from '../components/needColumns';

/** The list's state in the URL: `/needs?status=IDENTIFIED&priority=HIGH,CRITICAL&org=<id>&sort=-updated`. */
const VIEW = {
  q: urlParam.string(),
  status: urlParam.list(),
  priority: urlParam.list(),
  category: urlParam.list(),
  tag: urlParam.list(),
  owner: urlParam.list(),
  org: urlParam.string(),
  ...listViewParams(NEED_COLUMNS, { key: 'priority', direction: 'asc' }),
};

const ORDER_FIELDS: Record<string, NeedOrderField> = {
  title: 'TITLE',
  priority: 'PRIORITY',
  status: 'STATUS',
  updated: 'UPDATED_AT',
  created: 'CREATED_AT',
};

/** The filters that narrow the list, empty. */
export const NO_NEED_FILTERS = { q: '', status: [], priority: [], category: [], tag: [], owner: [], org: '' };

/** The need list's filters, sort, page and columns, and the query variables they make. */
export function useNeedListView() {
  const [urlView, setUrlView] = useUrlState(VIEW);
  const { view, setView, ready } = useTagNamesInUrl(urlView, setUrlView);
  const variables = useMemo(() => {
    const text = view.q.trim();
    const filter: NeedFilter = {
      ...(text && { text }),
      ...(view.status.length > 0 && { statuses: view.status as NeedStatus[] }),
      ...(view.priority.length > 0 && { priorities: view.priority as NeedPriority[] }),
      ...(view.category.length > 0 && { categories: view.category as NeedCategory[] }),
      ...(view.tag.length > 0 && { tagIds: view.tag }),
      ...(view.owner.length > 0 && { ownerIds: view.owner }),
      ...(view.org && { organizationId: view.org }),
    };
    return {
      filter: withDrill(view.drill, filter),
      orderBy: orderOf(view.sort, ORDER_FIELDS, 'PRIORITY'),
      first: view.size,
      after: pageCursor(view.page, view.size),
    };
  }, [view]);
  const filtered = Object.keys(variables.filter).length > 0;
  return { view, setView, variables, filtered, ready };
}
