import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const PipelinePage = lazyPage(() => import('./pages/PipelinePage'), 'PipelinePage');

/** The pipeline board (and its list view), in its own chunk with dnd-kit and the virtualiser. */
export const pipelineRoutes: RouteObject[] = [
  { path: 'pipeline', element: <PipelinePage /> },
  { path: 'pipeline/:pipelineId', element: <PipelinePage /> },
];
