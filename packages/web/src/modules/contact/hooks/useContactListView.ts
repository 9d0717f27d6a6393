import { useMemo } from 'react';
import type { ContactFilter, ContactOrderField } from '../../../generated/graphql';
import { pageCursor } from '../../../app/apollo/pageCursor';
import { listViewParams, orderOf, withDrill } from '../../../ui/list';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { CONTACT_COLUMNS } from '../components/contactColumns';

/** The list's state in the URL: `/contacts?q=mar&org=<id>&country=FR&owner=<id>&sort=-updated&page=2`. */
const VIEW = {
  q: urlParam.string(),
  org: urlParam.string(),
  country: urlParam.list(),
  tag: urlParam.list(),
  owner: urlParam.list(),
  ...listViewParams(CONTACT_COLUMNS, { key: 'name', direction: 'asc' }),
};

const ORDER_FIELDS: Record<string, ContactOrderField> = {
  name: 'NAME',
  country: 'COUNTRY',
  updated: 'UPDATED_AT',
  created: 'CREATED_AT',
};

/** The contact list's filters, sort, page and columns, and the query variables they make. */
export function useContactListView() {
  const [view, setView] = useUrlState(VIEW);
  const variables = useMemo(() => {
    const text = view.q.trim();
    const filter: ContactFilter = {
      ...(text && { text }),
      ...(view.org && { affiliatedWith: { organizationId: view.org } }),
      ...(view.country.length > 0 && { countries: view.country }),
      ...(view.tag.length > 0 && { tagIds: view.tag }),
      ...(view.owner.length > 0 && { ownerIds: view.owner }),
    };
    return {
      filter: withDrill(view.drill, filter),
      orderBy: orderOf(view.sort, ORDER_FIELDS, 'NAME'),
      first: view.size,
      after: pageCursor(view.page, view.size),
    };
  }, [view]);
  const filtered = Boolean(
    view.drill || view.q.trim() || view.org || view.country.length || view.tag.length || view.owner.length,
  );
  return { view, setView, variables, filtered };
}
