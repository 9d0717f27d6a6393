import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/router/lazyPage';

const ReportsPage = lazyPage(() => import('./pages/ReportsPage'), 'ReportsPage');
const DashboardPage = lazyPage(() => import('./pages/DashboardPage'), 'DashboardPage');
const ReportBuilderPage = lazyPage(() => import('./pages/ReportBuilderPage'), 'ReportBuilderPage');
const DashboardsPage = lazyPage(() => import('./pages/DashboardsPage'), 'DashboardsPage');
const SavedDashboardPage = lazyPage(() => import('./pages/SavedDashboardPage'), 'SavedDashboardPage');
const SavedReportPage = lazyPage(() => import('./pages/SavedReportPage'), 'SavedReportPage');

/** The report screens, each in its own chunk; ECharts comes with the first chart drawn. */
export const reportRoutes: RouteObject[] = [
  { index: true, element: <DashboardPage /> },
  { path: 'reports', element: <ReportsPage /> },
  { path: 'reports/new', element: <ReportBuilderPage /> },
  { path: 'reports/saved/:id', element: <SavedReportPage /> },
  { path: 'dashboards', element: <DashboardsPage /> },
  { path: 'dashboards/:id', element: <SavedDashboardPage /> },
];
