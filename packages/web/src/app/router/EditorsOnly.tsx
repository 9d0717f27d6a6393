import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../session/useSession';

/**
 * Create and edit screens: a viewer who follows a link to one is sent to the list or the record
 * instead of filling in a form the server would refuse.
 */
export function EditorsOnly({ children }: { children: ReactNode }) {
  const { canEdit } = useSession();
  const { pathname } = useLocation();
  if (!canEdit) return <Navigate to={pathname.replace(/\/(new|edit)\/?$/, '') || '/'} replace />;
  return children;
}
