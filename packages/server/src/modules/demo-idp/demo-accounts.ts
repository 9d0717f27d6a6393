import type { Role } from '../../core/auth/roles';

/** The claims that carry a demo user's role and teams; the embedded setup maps them. */
export const DEMO_ROLE_CLAIM = 'liaison_role';
export const DEMO_TEAM_CLAIM = 'liaison_teams';

export interface DemoAccount {
  id: string;
  name: string;
  givenName: string;
  familyName: string;
  email: string;
  role: Role;
  /** Team codes of the demo dataset. */
  teams: string[];
  /** What the role lets the person do, for the sign-in page. */
  can: string;
}

/** One demo user per role, to try Liaison out without an identity provider. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: 'demo-admin',
    name: 'Ada Admin',
    givenName: 'Ada',
    familyName: 'Admin',
    email: 'ada.admin@demo.liaison.test',
    role: 'admin',
    teams: ['EGI_FOUNDATION'],
    can: 'everything, including users and teams',
  },
  {
    id: 'demo-editor',
    name: 'Eddie Editor',
    givenName: 'Eddie',
    familyName: 'Editor',
    email: 'eddie.editor@demo.liaison.test',
    role: 'editor',
    teams: ['NGI_IT'],
    can: 'record and edit organizations, contacts, projects and activities',
  },
  {
    id: 'demo-viewer',
    name: 'Vera Viewer',
    givenName: 'Vera',
    familyName: 'Viewer',
    email: 'vera.viewer@demo.liaison.test',
    role: 'viewer',
    teams: ['NGI_FRANCE'],
    can: 'read everything the teams share',
  },
];

/** The claims of a demo account, as its ID token and UserInfo give them. */
export function demoClaims(account: DemoAccount): Record<string, unknown> {
  return {
    sub: account.id,
    name: account.name,
    given_name: account.givenName,
    family_name: account.familyName,
    email: account.email,
    email_verified: true,
    [DEMO_ROLE_CLAIM]: account.role,
    [DEMO_TEAM_CLAIM]: account.teams,
  };
}
