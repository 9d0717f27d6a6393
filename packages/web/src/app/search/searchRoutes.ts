import type { SearchType } from '../../generated/graphql';

const PATHS: Record<SearchType, string> = {
  ORGANIZATION: '/organizations',
  CONTACT: '/contacts',
  PROJECT: '/projects',
  DOCUMENT: '/documents',
  NEED: '/needs',
};

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  ORGANIZATION: 'Organizations',
  CONTACT: 'Contacts',
  PROJECT: 'Projects',
  DOCUMENT: 'Documents',
  NEED: 'Needs',
};

/** The detail page of a search hit. */
export function routeOfHit(type: SearchType, id: string): string {
  return `${PATHS[type]}/${encodeURIComponent(id)}`;
}
