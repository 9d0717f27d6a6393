import type { RouteObject } from 'react-router';
import { EditorsOnly } from '../../app/router/EditorsOnly';
import { lazyPage } from '../../app/router/lazyPage';

const ActivityListPage = lazyPage(() => import('./pages/ActivityListPage'), 'ActivityListPage');
const ActivityDetailPage = lazyPage(() => import('./pages/ActivityDetailPage'), 'ActivityDetailPage');
const ActivityCreatePage = lazyPage(() => import('./pages/ActivityCreatePage'), 'ActivityCreatePage');
const ActivityEditPage = lazyPage(() => import('./pages/ActivityEditPage'), 'ActivityEditPage');

/** The activity screens, each page in its own chunk. */
export const activityRoutes: RouteObject[] = [
  { path: 'activities', element: <ActivityListPage /> },
  {
    path: 'activities/new',
    element: (
      <EditorsOnly>
        <ActivityCreatePage />
      </EditorsOnly>
    ),
  },
  { path: 'activities/:id', element: <ActivityDetailPage /> },
  {
    path: 'activities/:id/edit',
    element: (
      <EditorsOnly>
        <ActivityEditPage />
      </EditorsOnly>
    ),
  },
];
