import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const GraphPage = lazyPage(() => import('./pages/GraphPage'), 'GraphPage');

/** The graph explorer: sigma and graphology load with this page only. */
export const graphRoutes: RouteObject[] = [{ path: 'graph', element: <GraphPage /> }];
