import type { TrashType } from '../../generated/graphql';

/** How each kind of trashed record is named, and where its page is. */
export const TRASH_TYPES: Record<TrashType, { label: string; plural: string; path: string; typename: string }> = {
  ORGANIZATION: { label: 'Organization', plural: 'Organizations', path: '/organizations', typename: 'Organization' },
  CONTACT: { label: 'Contact', plural: 'Contacts', path: '/contacts', typename: 'Contact' },
  PROJECT: { label: 'Project', plural: 'Projects', path: '/projects', typename: 'Project' },
  ACTIVITY: { label: 'Activity', plural: 'Activities', path: '/activities', typename: 'Activity' },
  DOCUMENT: { label: 'Document', plural: 'Documents', path: '/documents', typename: 'Document' },
  NEED: { label: 'Need', plural: 'Needs', path: '/needs', typename: 'Need' },
};

export const TRASH_TYPE_OPTIONS = (Object.keys(TRASH_TYPES) as TrashType[]).map((value) => ({
  value,
  label: TRASH_TYPES[value].plural,
}));
