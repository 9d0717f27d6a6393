import { useMemo } from 'react';
import { pageCursor } from '../../../app/apollo/pageCursor';
import type { LeadFilter, LeadOrderField, LeadSource, LeadStatus } from '../../../generated/graphql';
import { listViewParams, orderOf, withDrill } from '../../../ui/list';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { useTagNamesInUrl } from '../../tag/hooks/useTagNamesInUrl';
import { LEAD_COLUMNS } from '../components/leadColumns';

/** The list's state in the URL: `/leads?status=NEW,QUALIFIED&source=EVENT&country=PT&sort=-created`. */
const VIEW = {
  q: urlParam.string(),
  status: urlParam.list(),
  source: urlParam.list(),
  country: urlParam.list(),
  tag: urlParam.list(),
  owner: urlParam.list(),
  team: urlParam.list(),
  ...listViewParams(LEAD_COLUMNS, { key: 'created', direction: 'desc' }),
};

const ORDER_FIELDS: Record<string, LeadOrderField> = {
  name: 'NAME',
  status: 'STATUS',
  updated: 'UPDATED_AT',
  created: 'CREATED_AT',
};

/** The filters that narrow the list, empty. */
export const NO_LEAD_FILTERS = { q: '', status: [], source: [], country: [], tag: [], owner: [], team: [] };

/** The lead list's filters, sort, page and columns, and the query variables they make. */
export function useLeadListView() {
  const [urlView, setUrlView] = useUrlState(VIEW);
  const { view, setView, ready } = useTagNamesInUrl(urlView, setUrlView);
  const variables = useMemo(() => {
    const search = view.q.trim();
    const filter: LeadFilter = {
      ...(search && { search }),
      ...(view.status.length > 0 && { statuses: view.status as LeadStatus[] }),
      ...(view.source.length > 0 && { sources: view.source as LeadSource[] }),
      ...(view.country.length > 0 && { countries: view.country }),
      ...(view.tag.length > 0 && { tagIds: view.tag }),
      ...(view.owner.length > 0 && { ownerIds: view.owner }),
      ...(view.team.length > 0 && { teamIds: view.team }),
    };
    return {
      filter: withDrill(view.drill, filter),
      orderBy: orderOf(view.sort, ORDER_FIELDS, 'CREATED_AT'),
      first: view.size,
      after: pageCursor(view.page, view.size),
    };
  }, [view]);
  const filtered = Object.keys(variables.filter).length > 0;
  return { view, setView, variables, filtered, ready };
}
