import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const TagsPage = lazyPage(() => import('./pages/TagsPage'), 'TagsPage');

export const tagRoutes: RouteObject[] = [{ path: 'tags', element: <TagsPage /> }];
