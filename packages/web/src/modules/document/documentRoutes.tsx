import type { RouteObject } from 'react-router';
import { EditorsOnly } from '../../app/router/EditorsOnly';
import { lazyPage } from '../../app/router/lazyPage';

const DocumentListPage = lazyPage(() => import('./pages/DocumentListPage'), 'DocumentListPage');
const DocumentDetailPage = lazyPage(() => import('./pages/DocumentDetailPage'), 'DocumentDetailPage');
const DocumentCreatePage = lazyPage(() => import('./pages/DocumentCreatePage'), 'DocumentCreatePage');
const DocumentEditPage = lazyPage(() => import('./pages/DocumentEditPage'), 'DocumentEditPage');

/** The document screens, each page in its own chunk. */
export const documentRoutes: RouteObject[] = [
  { path: 'documents', element: <DocumentListPage /> },
  {
    path: 'documents/new',
    element: (
      <EditorsOnly>
        <DocumentCreatePage />
      </EditorsOnly>
    ),
  },
  { path: 'documents/:id', element: <DocumentDetailPage /> },
  {
    path: 'documents/:id/edit',
    element: (
      <EditorsOnly>
        <DocumentEditPage />
      </EditorsOnly>
    ),
  },
];
