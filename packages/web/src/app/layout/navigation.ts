import {
  IconCalendarMonth,
  IconChartBar,
  IconChartDots3,
  IconChecklist,
  IconLayoutDashboard,
  IconTrash,
  type Icon,
} from '@tabler/icons-react';
import { kindsWith } from '../records/recordKinds';

export interface NavigationItem {
  label: string;
  to: string;
  icon: Icon;
}

/**
 * The sections of the left navigation, in order: the dashboard, the list of each kind of record,
 * the graph, to-dos, the calendar, reports and the trash.
 */
export const NAVIGATION: NavigationItem[] = [
  { label: 'Dashboard', to: '/', icon: IconLayoutDashboard },
  ...kindsWith('navigation').map((kind) => ({ label: kind.plural, to: kind.path!, icon: kind.icon })),
  { label: 'Graph', to: '/graph', icon: IconChartDots3 },
  { label: 'My to-dos', to: '/todos', icon: IconChecklist },
  { label: 'Calendar', to: '/calendar', icon: IconCalendarMonth },
  { label: 'Reports', to: '/reports', icon: IconChartBar },
  { label: 'Trash', to: '/trash', icon: IconTrash },
];
