import {
  IconBuilding,
  IconBulb,
  IconCalendarEvent,
  IconChartDots3,
  IconChartBar,
  IconChecklist,
  IconLayoutDashboard,
  IconFileText,
  IconPresentation,
  IconTrash,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export interface NavigationItem {
  label: string;
  to: string;
  icon: Icon;
}

/** The sections of the left navigation, in order. */
export const NAVIGATION: NavigationItem[] = [
  { label: 'Dashboard', to: '/', icon: IconLayoutDashboard },
  { label: 'Organizations', to: '/organizations', icon: IconBuilding },
  { label: 'Contacts', to: '/contacts', icon: IconUsers },
  { label: 'Projects', to: '/projects', icon: IconPresentation },
  { label: 'Activities', to: '/activities', icon: IconCalendarEvent },
  { label: 'Documents', to: '/documents', icon: IconFileText },
  { label: 'Needs', to: '/needs', icon: IconBulb },
  { label: 'Graph', to: '/graph', icon: IconChartDots3 },
  { label: 'My to-dos', to: '/todos', icon: IconChecklist },
  { label: 'Reports', to: '/reports', icon: IconChartBar },
  { label: 'Trash', to: '/trash', icon: IconTrash },
];
