import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const OrganizationListPage = lazyPage(() => import('./pages/OrganizationListPage'), 'OrganizationListPage');
const OrganizationDetailPage = lazyPage(() => import('./pages/OrganizationDetailPage'), 'OrganizationDetailPage');
const OrganizationCreatePage = lazyPage(() => import('./pages/OrganizationCreatePage'), 'OrganizationCreatePage');
const OrganizationEditPage = lazyPage(() => import('./pages/OrganizationEditPage'), 'OrganizationEditPage');

/** The organization screens, each page in its own chunk. */
export const organizationRoutes: RouteObject[] = [
  { path: 'organizations', element: <OrganizationListPage /> },
  { path: 'organizations/new', element: <OrganizationCreatePage /> },
  { path: 'organizations/:id', element: <OrganizationDetailPage /> },
  { path: 'organizations/:id/edit', element: <OrganizationEditPage /> },
];
