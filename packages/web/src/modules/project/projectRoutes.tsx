import type { RouteObject } from 'react-router';
import { EditorsOnly } from '../../app/router/EditorsOnly';
import { lazyPage } from '../../app/router/lazyPage';

const ProjectListPage = lazyPage(() => import('./pages/ProjectListPage'), 'ProjectListPage');
const ProjectDetailPage = lazyPage(() => import('./pages/ProjectDetailPage'), 'ProjectDetailPage');
const ProjectCreatePage = lazyPage(() => import('./pages/ProjectCreatePage'), 'ProjectCreatePage');
const ProjectEditPage = lazyPage(() => import('./pages/ProjectEditPage'), 'ProjectEditPage');

/** The project screens, each page in its own chunk. */
export const projectRoutes: RouteObject[] = [
  { path: 'projects', element: <ProjectListPage /> },
  {
    path: 'projects/new',
    element: (
      <EditorsOnly>
        <ProjectCreatePage />
      </EditorsOnly>
    ),
  },
  { path: 'projects/:id', element: <ProjectDetailPage /> },
  {
    path: 'projects/:id/edit',
    element: (
      <EditorsOnly>
        <ProjectEditPage />
      </EditorsOnly>
    ),
  },
];
