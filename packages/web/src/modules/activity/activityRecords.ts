import { kindsWith } from '../../app/records/recordKinds';

/**
 * The kinds of record an activity can concern that have a timeline of their own: the record
 * picker offers them, their pages log calls and show what concerns them. The values are the
 * kinds' typenames in capitals; the kinds' test checks this list against the record kinds.
 */
export type ConcernedKind = 'ORGANIZATION' | 'CONTACT' | 'PROJECT';

export interface ConcernedRecord {
  kind: ConcernedKind;
  id: string;
  name: string;
}

interface ConcernedKindInfo {
  typename: string;
  path: string;
  label: string;
  plural: string;
  idField: 'organizationId' | 'contactId' | 'projectId';
}

/** Each concerned kind as the record kinds describe it, in their order. */
export const CONCERNED_KINDS = Object.fromEntries(
  kindsWith('timeline')
    .filter((kind) => kind.activityLinks)
    .map((kind) => [
      kind.typename.toUpperCase(),
      {
        typename: kind.typename,
        path: kind.path!,
        label: kind.label,
        plural: kind.plural,
        idField: kind.linkField as ConcernedKindInfo['idField'],
      },
    ]),
) as Record<ConcernedKind, ConcernedKindInfo>;

/** Every concerned kind, in the record kinds' order (what the pickers offer). */
export const CONCERNED_KIND_LIST = Object.keys(CONCERNED_KINDS) as ConcernedKind[];

/** The page of a record. */
export function recordPath(record: { kind: ConcernedKind; id: string }): string {
  return `${CONCERNED_KINDS[record.kind].path}/${record.id}`;
}
