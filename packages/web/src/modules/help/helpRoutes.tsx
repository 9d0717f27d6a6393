import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const HelpPage = lazyPage(() => import('./pages/HelpPage'), 'HelpPage');

/** The guide, in its own chunk. */
export const helpRoutes: RouteObject[] = [{ path: 'help', element: <HelpPage /> }];
