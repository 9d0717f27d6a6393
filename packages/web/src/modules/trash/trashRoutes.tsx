import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const TrashPage = lazyPage(() => import('./pages/TrashPage'), 'TrashPage');

export const trashRoutes: RouteObject[] = [{ path: 'trash', element: <TrashPage /> }];
