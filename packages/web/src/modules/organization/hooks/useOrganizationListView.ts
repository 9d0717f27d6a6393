import { useMemo } from 'react';
import type { OrganizationKind, OrganizationOrderField } from '../../../generated/graphql';
import { pageCursor } from '../../../app/apollo/pageCursor';
import { listViewParams, orderOf, withDrill } from '../../../ui/list';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { ORGANIZATION_COLUMNS } from '../components/organizationColumns';

/** The list's state in the URL: `/organizations?q=inst&kind=UNIVERSITY&country=FR,DE&sort=-updated&page=2`. */
const VIEW = {
  q: urlParam.string(),
  kind: urlParam.list(),
  country: urlParam.list(),
  tag: urlParam.list(),
  ...listViewParams(ORGANIZATION_COLUMNS, { key: 'name', direction: 'asc' }),
};

const ORDER_FIELDS: Record<string, OrganizationOrderField> = {
  name: 'NAME',
  kind: 'KIND',
  country: 'COUNTRY',
  updated: 'UPDATED_AT',
  created: 'CREATED_AT',
};

/** The organization list's filters, sort, page and columns, and the query variables they make. */
export function useOrganizationListView() {
  const [view, setView] = useUrlState(VIEW);
  const variables = useMemo(() => {
    const text = view.q.trim();
    return {
      filter: withDrill(view.drill, {
        ...(text && { text }),
        ...(view.kind.length > 0 && { kinds: view.kind as OrganizationKind[] }),
        ...(view.country.length > 0 && { countries: view.country }),
        ...(view.tag.length > 0 && { tagIds: view.tag }),
      }),
      orderBy: orderOf(view.sort, ORDER_FIELDS, 'NAME'),
      first: view.size,
      after: pageCursor(view.page, view.size),
    };
  }, [view]);
  const filtered = Boolean(view.drill || view.q.trim() || view.kind.length || view.country.length || view.tag.length);
  return { view, setView, variables, filtered };
}
