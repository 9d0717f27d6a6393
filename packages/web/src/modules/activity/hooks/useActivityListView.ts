import dayjs from 'dayjs';
import { useMemo } from 'react';
import { pageCursor } from '../../../app/apollo/pageCursor';
import type {
  ActivityFilter,
  ActivityKind,
  ActivityOrder,
  ActivityOrderField,
  ActivityStatus,
} from '../../../generated/graphql';
import { listViewParams, orderOf, withDrill } from '../../../ui/list';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { useTagNamesInUrl } from '../../tag/hooks/useTagNamesInUrl';
import { CONCERNED_KINDS, type ConcernedKind } from '../activityRecords';
import { ACTIVITY_COLUMNS } from '../components/activityColumns';

/**
 * The list's state in the URL:
 * `/activities?q=visit&kind=CALL,MEETING&status=PLANNED&from=2026-01-01&about=ORGANIZATION:<id>&sort=-due`.
 */
const VIEW = {
  q: urlParam.string(),
  kind: urlParam.list(),
  status: urlParam.list(),
  from: urlParam.string(),
  to: urlParam.string(),
  owner: urlParam.list(),
  tag: urlParam.list(),
  /** The record the activities concern, `KIND:id`, and its name to show in the filter. */
  about: urlParam.string(),
  aboutName: urlParam.string(),
  ...listViewParams(ACTIVITY_COLUMNS, { key: 'when', direction: 'desc' }),
};

const ORDER_FIELDS: Record<string, ActivityOrderField> = {
  when: 'STARTS_AT',
  subject: 'SUBJECT',
  due: 'DUE_AT',
  updated: 'UPDATED_AT',
  created: 'CREATED_AT',
};

/** The empty filters, to clear them all at once. */
export const NO_FILTERS = {
  q: '',
  kind: [],
  status: [],
  from: '',
  to: '',
  owner: [],
  tag: [],
  about: '',
  aboutName: '',
};

/** `ORGANIZATION:<id>` as the API's `concerning` filter. */
function concerningOf(about: string): ActivityFilter['concerning'] {
  const [kind, id] = about.split(':');
  const target = CONCERNED_KINDS[kind as ConcernedKind];
  return target && id ? { [target.idField]: id } : undefined;
}

/**
 * The server's order: newest first by when it happens (start, else due) is its default, asked by
 * giving none; any other sort names its field.
 */
function activityOrderOf(sort: { key: string; direction: 'asc' | 'desc' }): ActivityOrder | null {
  if (sort.key === 'when' && sort.direction === 'desc') return null;
  return orderOf(sort, ORDER_FIELDS, 'STARTS_AT');
}

/** The activity list's filters, sort, page and columns, and the query variables they make. */
export function useActivityListView() {
  const [urlView, setUrlView] = useUrlState(VIEW);
  const { view, setView, ready } = useTagNamesInUrl(urlView, setUrlView);
  const variables = useMemo(() => {
    const text = view.q.trim();
    const concerning = concerningOf(view.about);
    const filter: ActivityFilter = {
      ...(text && { text }),
      ...(view.kind.length > 0 && { kinds: view.kind as ActivityKind[] }),
      ...(view.status.length > 0 && { statuses: view.status as ActivityStatus[] }),
      ...(view.owner.length > 0 && { ownerIds: view.owner }),
      ...(view.tag.length > 0 && { tagIds: view.tag }),
      ...(view.from && { from: dayjs(view.from).startOf('day').toISOString() }),
      // The whole of the last day counts.
      ...(view.to && { to: dayjs(view.to).add(1, 'day').startOf('day').toISOString() }),
      ...(concerning && { concerning }),
    };
    return {
      filter: withDrill(view.drill, filter),
      orderBy: activityOrderOf(view.sort),
      first: view.size,
      after: pageCursor(view.page, view.size),
    };
  }, [view]);
  const filtered = Boolean(
    view.drill ||
    view.q.trim() ||
    view.kind.length ||
    view.status.length ||
    view.owner.length ||
    view.tag.length ||
    view.from ||
    view.to ||
    view.about,
  );
  return { view, setView, variables, filtered, ready };
}
