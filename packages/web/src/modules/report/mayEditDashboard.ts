import type { Session } from '../../app/session/sessionContext';

/** Whether the signed-in person may change a dashboard: its owner or an admin, as the server rules. */
export const mayEditDashboard = (session: Session, dashboard: { owner?: { id: string } | null }) =>
  session.canEdit && (session.isAdmin || dashboard.owner?.id === session.user.id);
