import { useMemo } from 'react';
import type { DocumentFilter, DocumentKind, DocumentOrderField } from '../../../generated/graphql';
import { pageCursor } from '../../../app/apollo/pageCursor';
import { listViewParams, orderOf, withDrill } from '../../../ui/list';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { useTagNamesInUrl } from '../../tag/hooks/useTagNamesInUrl';
import { DOCUMENT_COLUMNS } from '../components/documentColumns';

/**
 * The list's state in the URL: `/documents?q=minutes&kind=MINUTES&owner=<id>&from=2026-01-01&org=<id>&sort=-created`.
 * `org`, `contact` and `project` keep the documents attached to that record (links from its page).
 */
const VIEW = {
  q: urlParam.string(),
  kind: urlParam.list(),
  tag: urlParam.list(),
  owner: urlParam.list(),
  from: urlParam.string(),
  to: urlParam.string(),
  org: urlParam.string(),
  contact: urlParam.string(),
  project: urlParam.string(),
  ...listViewParams(DOCUMENT_COLUMNS, { key: 'created', direction: 'desc' }),
};

const ORDER_FIELDS: Record<string, DocumentOrderField> = {
  title: 'TITLE',
  created: 'CREATED_AT',
  updated: 'UPDATED_AT',
};

export type DocumentListView = ReturnType<typeof useDocumentListView>['view'];

export const CLEARED_FILTERS = {
  q: '',
  kind: [],
  tag: [],
  owner: [],
  from: '',
  to: '',
  org: '',
  contact: '',
  project: '',
};

/** A day of the URL (YYYY-MM-DD) as the start of that day, local time, in ISO form. */
const startOfDay = (day: string, plusDays = 0) => {
  const date = new Date(`${day}T00:00:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
};

/** The document list's filters, sort, page and columns, and the query variables they make. */
export function useDocumentListView() {
  const [urlView, setUrlView] = useUrlState(VIEW);
  const { view, setView, ready } = useTagNamesInUrl(urlView, setUrlView);
  const variables = useMemo(() => {
    const text = view.q.trim();
    const attachedTo = view.org
      ? { organizationId: view.org }
      : view.contact
        ? { contactId: view.contact }
        : view.project
          ? { projectId: view.project }
          : undefined;
    const createdAfter = view.from ? startOfDay(view.from) : undefined;
    const createdBefore = view.to ? startOfDay(view.to, 1) : undefined;
    const filter: DocumentFilter = {
      ...(text && { text }),
      ...(view.kind.length > 0 && { kinds: view.kind as DocumentKind[] }),
      ...(view.tag.length > 0 && { tagIds: view.tag }),
      ...(view.owner.length > 0 && { ownerIds: view.owner }),
      ...(createdAfter && { createdAfter }),
      ...(createdBefore && { createdBefore }),
      ...(attachedTo && { attachedTo }),
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
