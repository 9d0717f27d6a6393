import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const PrivacyPage = lazyPage(() => import('./pages/PrivacyPage'), 'PrivacyPage');

/** Privacy requests (admins), in its own chunk. */
export const privacyRoutes: RouteObject[] = [{ path: 'privacy', element: <PrivacyPage /> }];
