import { hasRole } from '../../core/auth/roles';
import type { Viewer } from '../../core/auth/viewer';

/**
 * Whether the viewer may see a contact's email addresses and phone numbers, or find a contact
 * by them: editors and admins may, viewers may not.
 */
export function maySeeContactDetails(viewer: Viewer | null): boolean {
  return viewer !== null && hasRole(viewer.role, 'editor');
}
