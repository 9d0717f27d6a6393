import type { RouteObject } from 'react-router';
import { EditorsOnly } from '../../app/router/EditorsOnly';
import { lazyPage } from '../../app/router/lazyPage';

const LeadListPage = lazyPage(() => import('./pages/LeadListPage'), 'LeadListPage');
const LeadDetailPage = lazyPage(() => import('./pages/LeadDetailPage'), 'LeadDetailPage');
const LeadCreatePage = lazyPage(() => import('./pages/LeadCreatePage'), 'LeadCreatePage');
const LeadEditPage = lazyPage(() => import('./pages/LeadEditPage'), 'LeadEditPage');

/** The lead screens, each page in its own chunk. */
export const leadRoutes: RouteObject[] = [
  { path: 'leads', element: <LeadListPage /> },
  {
    path: 'leads/new',
    element: (
      <EditorsOnly>
        <LeadCreatePage />
      </EditorsOnly>
    ),
  },
  { path: 'leads/:id', element: <LeadDetailPage /> },
  {
    path: 'leads/:id/edit',
    element: (
      <EditorsOnly>
        <LeadEditPage />
      </EditorsOnly>
    ),
  },
];
