import type { RouteObject } from 'react-router';
import { EditorsOnly } from '../../app/router/EditorsOnly';
import { lazyPage } from '../../app/router/lazyPage';

const ContactListPage = lazyPage(() => import('./pages/ContactListPage'), 'ContactListPage');
const ContactDetailPage = lazyPage(() => import('./pages/ContactDetailPage'), 'ContactDetailPage');
const ContactCreatePage = lazyPage(() => import('./pages/ContactCreatePage'), 'ContactCreatePage');
const ContactEditPage = lazyPage(() => import('./pages/ContactEditPage'), 'ContactEditPage');

/** The contact screens, each page in its own chunk. */
export const contactRoutes: RouteObject[] = [
  { path: 'contacts', element: <ContactListPage /> },
  {
    path: 'contacts/new',
    element: (
      <EditorsOnly>
        <ContactCreatePage />
      </EditorsOnly>
    ),
  },
  { path: 'contacts/:id', element: <ContactDetailPage /> },
  {
    path: 'contacts/:id/edit',
    element: (
      <EditorsOnly>
        <ContactEditPage />
      </EditorsOnly>
    ),
  },
];
