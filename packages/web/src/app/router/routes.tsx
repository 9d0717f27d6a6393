import { Navigate, type RouteObject } from 'react-router';
import { organizationRoutes } from '../../modules/organization/organizationRoutes';
import { AppLayout } from '../layout/AppLayout';
import { ComingSoonPage } from '../pages/ComingSoonPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RouteErrorPage } from '../pages/RouteErrorPage';

/** Sections whose screens are still to come; each module's routes replace its line. */
const comingSoon: RouteObject[] = [
  ['contacts', 'Contacts'],
  ['projects', 'Projects'],
  ['activities', 'Activities'],
  ['documents', 'Documents'],
  ['needs', 'Needs'],
  ['todos', 'My to-dos'],
  ['trash', 'Trash'],
].map(([path, title]) => ({ path: `${path}/*`, element: <ComingSoonPage title={title} /> }));

/** Every route of the app, inside the signed-in layout. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <Navigate to="/organizations" replace /> },
          ...organizationRoutes,
          ...comingSoon,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
