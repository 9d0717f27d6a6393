import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const UsersPage = lazyPage(() => import('./pages/UsersPage'), 'UsersPage');
const TeamsPage = lazyPage(() => import('./pages/TeamsPage'), 'TeamsPage');
const PipelineSettingsPage = lazyPage(() => import('../pipeline/admin/PipelineSettingsPage'), 'PipelineSettingsPage');

/** The admin screens: everyone signed in reads them, only admins are offered changes (the server enforces it). */
export const adminRoutes: RouteObject[] = [
  { path: 'admin/users', element: <UsersPage /> },
  { path: 'admin/teams', element: <TeamsPage /> },
  { path: 'admin/pipelines', element: <PipelineSettingsPage /> },
];
