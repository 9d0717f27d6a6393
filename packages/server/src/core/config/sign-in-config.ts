import { z } from 'zod';
import { ROLES, type Role } from '../auth/roles';

const integer = (min: number, max: number) => {
  const error = `must be an integer between ${min} and ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

function parsedUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

const EMAIL = /^[^@\s]+@[^@\s]+$/;
const ROLE_PAIR = new RegExp(`^.+=(${ROLES.join('|')})$`);
const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** The variables of sign-in, sessions and rate limits; merged into the environment schema. */
export const signInEnvironment = {
  PUBLIC_URL: z
    .string()
    .refine(
      (value) => {
        const url = parsedUrl(value);
        return Boolean(url && url.pathname === '/' && !url.search && !url.hash && !url.username);
      },
      { error: 'must be an http:// or https:// URL without a path, e.g. https://liaison.example.org' },
    )
    .transform((value) => new URL(value).origin)
    .optional(),
  OIDC_ISSUER: z
    .string()
    .refine((value) => Boolean(parsedUrl(value)), { error: 'must be an http:// or https:// URL' })
    .optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_SCOPES: z
    .string()
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .refine((scopes) => scopes.includes('openid'), { error: 'must include openid' })
    .default(['openid', 'email', 'profile']),
  OIDC_ROLE_CLAIM: z.string().trim().min(1).optional(),
  OIDC_ROLE_MAP: z
    .string()
    .transform(list)
    .refine((pairs) => pairs.every((pair) => ROLE_PAIR.test(pair)), {
      error: 'must be a comma-separated list of value=role pairs, the role being admin, editor or viewer',
    })
    .transform((pairs) =>
      Object.fromEntries(
        pairs.map((pair) => [pair.slice(0, pair.lastIndexOf('=')), pair.slice(pair.lastIndexOf('=') + 1) as Role]),
      ),
    )
    .optional(),
  OIDC_TEAM_CLAIM: z.string().trim().min(1).optional(),
  OIDC_TEAM_PATTERN: z
    .string()
    .refine(
      (value) => {
        try {
          return new RegExp(`${value}|`).exec('')!.length === 2;
        } catch {
          return false;
        }
      },
      { error: 'must be a regular expression with exactly one capture group (the team code)' },
    )
    .optional(),
  ADMIN_EMAILS: z
    .string()
    .transform(list)
    .refine((emails) => emails.every((email) => EMAIL.test(email)), {
      error: 'must be a comma-separated list of email addresses',
    })
    .transform((emails) => emails.map((email) => email.toLowerCase()))
    .default([]),
  SESSION_IDLE_MINUTES: integer(1, 525_600).default(120),
  SESSION_MAX_HOURS: integer(1, 8_760).default(24 * 7),
  RATE_LIMIT_WINDOW_SECONDS: integer(1, 86_400).default(60),
  RATE_LIMIT_GRAPHQL: integer(0, 1_000_000).default(600),
  RATE_LIMIT_AUTH: integer(0, 1_000_000).default(30),
};

type SignInEnvironment = z.output<ReturnType<typeof z.object<typeof signInEnvironment>>>;

export interface SignInConfig {
  /** Where browsers reach the app; unset means http://localhost and the port listened on. */
  publicUrl?: string;
  /** The external OpenID Connect provider; unset means the built-in demo provider (not in production). */
  oidc?: { issuer: string; clientId: string; clientSecret?: string; scopes: string[] };
  session: { idleTimeoutMs: number; absoluteTimeoutMs: number };
  claims: ClaimRules;
}

/** How ID token claims become a user's role and teams. */
export interface ClaimRules {
  /** Verified emails that are made admins at sign-in. */
  adminEmails: string[];
  /** The claim (or dotted path) holding roles; unset means roles are set by admins. */
  roleClaim?: string;
  /** Claim value → role; without it the values are role names. */
  roleMap?: Record<string, Role>;
  /** The claim holding teams (codes); unset means memberships are set by admins. */
  teamClaim?: string;
  /** Extracts the team code from a claim value (first capture group); values that do not match are ignored. */
  teamPattern?: string;
}

export interface RateLimitConfig {
  windowMs: number;
  /** Requests per window to /graphql for one user, token or (anonymous) IP address; 0: no limit. */
  graphql: number;
  /** Requests per window to /auth/* for one IP address; 0: no limit. */
  auth: number;
}

/** The rules that span several variables, as [variable, message] pairs. */
export function signInProblems(e: SignInEnvironment & { NODE_ENV: string }): [string, string][] {
  const problems: [string, string][] = [];
  if (e.NODE_ENV === 'production' && !e.OIDC_ISSUER) {
    problems.push([
      'OIDC_ISSUER',
      'must be set when NODE_ENV=production (the built-in demo sign-in is for development only)',
    ]);
  }
  if (e.NODE_ENV === 'production' && !e.PUBLIC_URL) {
    problems.push(['PUBLIC_URL', 'must be set when NODE_ENV=production']);
  }
  if (e.OIDC_ISSUER && !e.OIDC_CLIENT_ID) problems.push(['OIDC_CLIENT_ID', 'must be set with OIDC_ISSUER']);
  if (!e.OIDC_ISSUER && e.OIDC_CLIENT_ID) problems.push(['OIDC_ISSUER', 'must be set with OIDC_CLIENT_ID']);
  if (e.OIDC_ROLE_MAP && !e.OIDC_ROLE_CLAIM) problems.push(['OIDC_ROLE_CLAIM', 'must be set with OIDC_ROLE_MAP']);
  if (e.OIDC_TEAM_PATTERN && !e.OIDC_TEAM_CLAIM)
    problems.push(['OIDC_TEAM_CLAIM', 'must be set with OIDC_TEAM_PATTERN']);
  if (e.SESSION_IDLE_MINUTES > e.SESSION_MAX_HOURS * 60) {
    problems.push(['SESSION_IDLE_MINUTES', 'must not be longer than SESSION_MAX_HOURS']);
  }
  return problems;
}

export function signInConfig(e: SignInEnvironment): { signIn: SignInConfig; rateLimit: RateLimitConfig } {
  return {
    signIn: {
      publicUrl: e.PUBLIC_URL,
      oidc: e.OIDC_ISSUER
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID!,
            clientSecret: e.OIDC_CLIENT_SECRET,
            scopes: e.OIDC_SCOPES,
          }
        : undefined,
      session: { idleTimeoutMs: e.SESSION_IDLE_MINUTES * 60_000, absoluteTimeoutMs: e.SESSION_MAX_HOURS * 3_600_000 },
      claims: {
        adminEmails: e.ADMIN_EMAILS,
        roleClaim: e.OIDC_ROLE_CLAIM,
        roleMap: e.OIDC_ROLE_MAP,
        teamClaim: e.OIDC_TEAM_CLAIM,
        teamPattern: e.OIDC_TEAM_PATTERN,
      },
    },
    rateLimit: {
      windowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000,
      graphql: e.RATE_LIMIT_GRAPHQL,
      auth: e.RATE_LIMIT_AUTH,
    },
  };
}
