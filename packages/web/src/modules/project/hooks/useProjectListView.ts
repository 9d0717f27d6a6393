import { useMemo } from 'react';
import { pageCursor } from '../../../app/apollo/pageCursor';
import type { ProjectFilter, ProjectKind, ProjectOrderField, ProjectStatus } from '../../../generated/graphql';
import { listViewParams, orderOf, withDrill } from '../../../ui/list';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { useTagNamesInUrl } from '../../tag/hooks/useTagNamesInUrl';
import { PROJECT_COLUMNS } from '../components/projectColumns';

/** The list's state in the URL: `/projects?q=grid&status=ACTIVE&org=<id>&sort=-start&page=2`. */
const VIEW = {
  q: urlParam.string(),
  status: urlParam.list(),
  kind: urlParam.list(),
  tag: urlParam.list(),
  owner: urlParam.list(),
  org: urlParam.string(),
  contact: urlParam.string(),
  activeOn: urlParam.string(),
  startsAfter: urlParam.string(),
  endsBefore: urlParam.string(),
  ...listViewParams(PROJECT_COLUMNS, { key: 'name', direction: 'asc' }),
};

const ORDER_FIELDS: Record<string, ProjectOrderField> = {
  name: 'NAME',
  status: 'STATUS',
  start: 'START_DATE',
  end: 'END_DATE',
  updated: 'UPDATED_AT',
  created: 'CREATED_AT',
};

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOf = (value: string) => (LOCAL_DATE.test(value) ? value : undefined);

/** The filters that narrow the list, empty. */
export const NO_PROJECT_FILTERS = {
  q: '',
  status: [],
  kind: [],
  tag: [],
  owner: [],
  org: '',
  contact: '',
  activeOn: '',
  startsAfter: '',
  endsBefore: '',
};

/** The project list's filters, sort, page and columns, and the query variables they make. */
export function useProjectListView() {
  const [urlView, setUrlView] = useUrlState(VIEW);
  const { view, setView, ready } = useTagNamesInUrl(urlView, setUrlView);
  const variables = useMemo(() => {
    const text = view.q.trim();
    const activeOn = dateOf(view.activeOn);
    const startsAfter = dateOf(view.startsAfter);
    const endsBefore = dateOf(view.endsBefore);
    const filter: ProjectFilter = {
      ...(text && { text }),
      ...(view.status.length > 0 && { statuses: view.status as ProjectStatus[] }),
      ...(view.kind.length > 0 && { kinds: view.kind as ProjectKind[] }),
      ...(view.tag.length > 0 && { tagIds: view.tag }),
      ...(view.owner.length > 0 && { ownerIds: view.owner }),
      ...(view.org && { hasOrganization: { organizationId: view.org } }),
      ...(view.contact && { hasContact: { contactId: view.contact } }),
      ...(activeOn && { activeOn }),
      ...(startsAfter && { startsAfter }),
      ...(endsBefore && { endsBefore }),
    };
    return {
      filter: withDrill(view.drill, filter),
      orderBy: orderOf(view.sort, ORDER_FIELDS, 'NAME'),
      first: view.size,
      after: pageCursor(view.page, view.size),
    };
  }, [view]);
  const filtered = Object.keys(variables.filter).length > 0;
  return { view, setView, variables, filtered, ready };
}
