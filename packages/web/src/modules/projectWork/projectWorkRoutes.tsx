import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const ProjectTaskListPage = lazyPage(() => import('./pages/ProjectTaskListPage'), 'ProjectTaskListPage');

/** The tasks across projects, the list a report on tasks drills into. */
export const projectWorkRoutes: RouteObject[] = [{ path: 'project-tasks', element: <ProjectTaskListPage /> }];
