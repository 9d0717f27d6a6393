import { createContext } from 'react';
import type { Role } from '../../generated/graphql';

interface SignedInUser {
  id: string;
  name: string;
  email?: string | null;
  role: Role;
}

export interface Session {
  user: SignedInUser;
  /** Sign-in goes through the server's built-in demo provider. */
  demo: boolean;
  /** Editors and admins record and change things; viewers only read. */
  canEdit: boolean;
  isAdmin: boolean;
}

export const SessionContext = createContext<Session | null>(null);
