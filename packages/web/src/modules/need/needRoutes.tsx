import type { RouteObject } from 'react-router';
import { EditorsOnly } from '../../app/router/EditorsOnly';
import { lazyPage } from '../../app/router/lazyPage';

const NeedListPage = lazyPage(() => import('./pages/NeedListPage'), 'NeedListPage');
const NeedDetailPage = lazyPage(() => import('./pages/NeedDetailPage'), 'NeedDetailPage');
const NeedCreatePage = lazyPage(() => import('./pages/NeedCreatePage'), 'NeedCreatePage');
const NeedEditPage = lazyPage(() => import('./pages/NeedEditPage'), 'NeedEditPage');

/** The need screens, each page in its own chunk. */
export const needRoutes: RouteObject[] = [
  { path: 'needs', element: <NeedListPage /> },
  {
    path: 'needs/new',
    element: (
      <EditorsOnly>
        <NeedCreatePage />
      </EditorsOnly>
    ),
  },
  { path: 'needs/:id', element: <NeedDetailPage /> },
  {
    path: 'needs/:id/edit',
    element: (
      <EditorsOnly>
        <NeedEditPage />
      </EditorsOnly>
    ),
  },
];
