import type { Role } from './roles';

/** Who is asking, as established by a session cookie or an API token. */
export interface Viewer {
  userId: string;
  role: Role;
  teamIds: string[];
  /** How the request was authenticated. */
  via: 'session' | 'token';
  /** A read-only API token: no mutation, whatever the role. */
  readOnly: boolean;
  tokenId?: string;
}
