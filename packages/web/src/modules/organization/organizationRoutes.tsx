import type { RouteObject } from 'react-router';
import { EditorsOnly } from '../../app/router/EditorsOnly';
import { lazyPage } from '../../app/router/lazyPage';

const OrganizationListPage = lazyPage(() => import('./pages/OrganizationListPage'), 'OrganizationListPage');
const OrganizationDetailPage = lazyPage(() => import('./pages/OrganizationDetailPage'), 'OrganizationDetailPage');
const OrganizationCreatePage = lazyPage(() => import('./pages/OrganizationCreatePage'), 'OrganizationCreatePage');
const OrganizationEditPage = lazyPage(() => import('./pages/OrganizationEditPage'), 'OrganizationEditPage');

/** The organization screens, each page in its own chunk. */
export const organizationRoutes: RouteObject[] = [
  { path: 'organizations', element: <OrganizationListPage /> },
  {
    path: 'organizations/new',
    element: (
      <EditorsOnly>
        <OrganizationCreatePage />
      </EditorsOnly>
    ),
  },
  { path: 'organizations/:id', element: <OrganizationDetailPage /> },
  {
    path: 'organizations/:id/edit',
    element: (
      <EditorsOnly>
        <OrganizationEditPage />
      </EditorsOnly>
    ),
  },
];
