import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const CalendarPage = lazyPage(() => import('./pages/CalendarPage'), 'CalendarPage');

/** The calendar, in its own chunk with the drag and drop library. */
export const calendarRoutes: RouteObject[] = [{ path: 'calendar', element: <CalendarPage /> }];
