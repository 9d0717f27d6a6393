import { Navigate, useLocation, type RouteObject } from 'react-router';
import { EditorsOnly } from '../../app/router/EditorsOnly';
import { lazyPage } from '../../app/router/lazyPage';

const OpportunityDetailPage = lazyPage(() => import('./pages/OpportunityDetailPage'), 'OpportunityDetailPage');
const OpportunityCreatePage = lazyPage(() => import('./pages/OpportunityCreatePage'), 'OpportunityCreatePage');
const OpportunityEditPage = lazyPage(() => import('./pages/OpportunityEditPage'), 'OpportunityEditPage');

/** The list of opportunities is the pipeline page's list view, with the same filters. */
function OpportunityList() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  params.set('view', 'list');
  return <Navigate to={`/pipeline?${params}`} replace />;
}

/** The opportunity screens, each page in its own chunk. */
export const opportunityRoutes: RouteObject[] = [
  { path: 'opportunities', element: <OpportunityList /> },
  {
    path: 'opportunities/new',
    element: (
      <EditorsOnly>
        <OpportunityCreatePage />
      </EditorsOnly>
    ),
  },
  { path: 'opportunities/:id', element: <OpportunityDetailPage /> },
  {
    path: 'opportunities/:id/edit',
    element: (
      <EditorsOnly>
        <OpportunityEditPage />
      </EditorsOnly>
    ),
  },
];
