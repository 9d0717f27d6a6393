import { kindsWith } from '../../app/records/recordKinds';

/** The kinds of record in the trash, as filter options. */
export const TRASH_TYPE_OPTIONS = kindsWith('trash').map((kind) => ({ value: kind.trash, label: kind.plural }));
