import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const SettingsPage = lazyPage(() => import('./pages/SettingsPage'), 'SettingsPage');

/** My settings, in its own chunk. */
export const settingsRoutes: RouteObject[] = [{ path: 'settings', element: <SettingsPage /> }];
