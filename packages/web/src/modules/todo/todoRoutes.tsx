import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const TodoPage = lazyPage(() => import('./pages/TodoPage'), 'TodoPage');

/** My to-dos, in its own chunk. */
export const todoRoutes: RouteObject[] = [{ path: 'todos', element: <TodoPage /> }];
