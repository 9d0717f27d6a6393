/** The kinds of record an activity can concern, as the timeline and the "Log a call" button name them. */
export type ConcernedKind = 'ORGANIZATION' | 'CONTACT' | 'PROJECT';

export interface ConcernedRecord {
  kind: ConcernedKind;
  id: string;
  name: string;
}

export const CONCERNED_KINDS: Record<
  ConcernedKind,
  {
    typename: 'Organization' | 'Contact' | 'Project';
    path: string;
    label: string;
    idField: 'organizationId' | 'contactId' | 'projectId';
  }
> = {
  ORGANIZATION: { typename: 'Organization', path: '/organizations', label: 'Organization', idField: 'organizationId' },
  CONTACT: { typename: 'Contact', path: '/contacts', label: 'Contact', idField: 'contactId' },
  PROJECT: { typename: 'Project', path: '/projects', label: 'Project', idField: 'projectId' },
};

/** The page of a record. */
export function recordPath(record: { kind: ConcernedKind; id: string }): string {
  return `${CONCERNED_KINDS[record.kind].path}/${record.id}`;
}
