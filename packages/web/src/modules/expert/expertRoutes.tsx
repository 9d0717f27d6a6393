import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const ExpertsPage = lazyPage(() => import('./pages/ExpertsPage'), 'ExpertsPage');

export const expertRoutes: RouteObject[] = [{ path: 'experts', element: <ExpertsPage /> }];
