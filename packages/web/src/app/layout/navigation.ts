import { IconChecklist, IconTrash, type Icon } from '@tabler/icons-react';
import { kindsWith } from '../records/recordKinds';

export interface NavigationItem {
  label: string;
  to: string;
  icon: Icon;
}

/** The sections of the left navigation, in order: the list of each kind of record, then to-dos and the trash. */
export const NAVIGATION: NavigationItem[] = [
  ...kindsWith('navigation').map((kind) => ({ label: kind.plural, to: kind.path!, icon: kind.icon })),
  { label: 'My to-dos', to: '/todos', icon: IconChecklist },
  { label: 'Trash', to: '/trash', icon: IconTrash },
];
