import type { RouteObject } from 'react-router';
import { activityRoutes } from '../../modules/activity/activityRoutes';
import { adminRoutes } from '../../modules/admin/adminRoutes';
import { expertRoutes } from '../../modules/expert/expertRoutes';
import { tagRoutes } from '../../modules/tag/tagRoutes';
import { calendarRoutes } from '../../modules/calendar/calendarRoutes';
import { contactRoutes } from '../../modules/contact/contactRoutes';
import { documentRoutes } from '../../modules/document/documentRoutes';
import { graphRoutes } from '../../modules/graph/graphRoutes';
import { organizationRoutes } from '../../modules/organization/organizationRoutes';
import { projectRoutes } from '../../modules/project/projectRoutes';
import { projectWorkRoutes } from '../../modules/projectWork/projectWorkRoutes';
import { leadRoutes } from '../../modules/lead/leadRoutes';
import { needRoutes } from '../../modules/need/needRoutes';
import { opportunityRoutes } from '../../modules/opportunity/opportunityRoutes';
import { pipelineRoutes } from '../../modules/pipeline/pipelineRoutes';
import { todoRoutes } from '../../modules/todo/todoRoutes';
import { reportRoutes } from '../../modules/report/reportRoutes';
import { trashRoutes } from '../../modules/trash/trashRoutes';
import { settingsRoutes } from '../../modules/settings/settingsRoutes';
import { privacyRoutes } from '../../modules/privacy/privacyRoutes';
import { helpRoutes } from '../../modules/help/helpRoutes';
import { AppLayout } from '../layout/AppLayout';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RouteErrorPage } from '../pages/RouteErrorPage';

/** Every route of the app, inside the signed-in layout. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          ...organizationRoutes,
          ...contactRoutes,
          ...activityRoutes,
          ...todoRoutes,
          ...calendarRoutes,
          ...projectRoutes,
          ...projectWorkRoutes,
          ...needRoutes,
          ...leadRoutes,
          ...pipelineRoutes,
          ...opportunityRoutes,
          ...documentRoutes,
          ...graphRoutes,
          ...reportRoutes,
          ...trashRoutes,
          ...expertRoutes,
          ...tagRoutes,
          ...adminRoutes,
          ...settingsRoutes,
          ...privacyRoutes,
          ...helpRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
