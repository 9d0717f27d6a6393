import {
  IconAdjustments,
  IconCalendarMonth,
  IconChartBar,
  IconChartDots3,
  IconChecklist,
  IconBulb,
  IconLayoutDashboard,
  IconShieldLock,
  IconTags,
  IconTargetArrow,
  IconTrash,
  type Icon,
} from '@tabler/icons-react';
import { kindsWith } from '../records/recordKinds';

export interface NavigationItem {
  label: string;
  to: string;
  icon: Icon;
  /** Shown to admins only. */
  adminOnly?: boolean;
}

/**
 * The sections of the left navigation, in order: the dashboard, the list of each kind of record,
 * the pipeline board, the graph, to-dos, the calendar, reports, expertise, tags, the trash and
 * (for admins) users and teams, and the pipelines' settings.
 */
export const NAVIGATION: NavigationItem[] = [
  { label: 'Dashboard', to: '/', icon: IconLayoutDashboard },
  ...kindsWith('navigation').map((kind) => ({ label: kind.plural, to: kind.path!, icon: kind.icon })),
  { label: 'Pipeline', to: '/pipeline', icon: IconTargetArrow },
  { label: 'Graph', to: '/graph', icon: IconChartDots3 },
  { label: 'My to-dos', to: '/todos', icon: IconChecklist },
  { label: 'Calendar', to: '/calendar', icon: IconCalendarMonth },
  { label: 'Reports', to: '/reports', icon: IconChartBar },
  { label: 'Find expertise', to: '/experts', icon: IconBulb },
  { label: 'Tags', to: '/tags', icon: IconTags },
  { label: 'Trash', to: '/trash', icon: IconTrash },
  { label: 'Users and teams', to: '/admin/users', icon: IconShieldLock, adminOnly: true },
  { label: 'Pipelines', to: '/admin/pipelines', icon: IconAdjustments, adminOnly: true },
];
