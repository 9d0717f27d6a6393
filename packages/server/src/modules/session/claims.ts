import { hasRole, ROLES, type Role } from '../../core/auth/roles';
import type { ClaimRules } from '../../core/config/sign-in-config';

/** What a sign-in says of the user, read from the provider's claims. */
export interface SignInProfile {
  issuer: string;
  subject: string;
  email: string | null;
  /** The provider vouches for the email (or does not say otherwise). */
  emailVerified: boolean;
  name: string;
  /** The role the claims give; undefined when roles are set by admins. */
  role?: Role;
  /** Team codes (lower case) the claims give; undefined when memberships are set by admins. */
  teamCodes?: string[];
}

const EMAIL = /^[^@\s]+@[^@\s]+$/;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** A claim by name, or by a dotted path into nested claims (`realm_access.roles`); as a list of strings. */
export function claimValues(claims: Record<string, unknown>, name: string): string[] {
  let value: unknown = claims[name];
  if (value === undefined && name.includes('.')) {
    value = name
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], claims);
  }
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

function roleFrom(values: string[], map: Record<string, Role> | undefined): Role {
  let best: Role = 'viewer';
  for (const value of values) {
    const role = map ? map[value] : ROLES.find((r) => r === value.toLowerCase());
    if (role && hasRole(role, best)) best = role;
  }
  return best;
}

function teamsFrom(values: string[], pattern: string | undefined): string[] {
  const regex = pattern ? new RegExp(pattern) : undefined;
  const codes = values
    .map((value) => (regex ? regex.exec(value)?.[1] : value))
    .filter((code): code is string => !!code);
  return [...new Set(codes.map((code) => code.toLowerCase()))];
}

/**
 * Reads the user from the claims. The role is admin for a (not unverified) email listed in
 * ADMIN_EMAILS, else the best role the role claim gives (viewer when it gives none), else left
 * to the admins.
 */
export function profileFromClaims(
  claims: Record<string, unknown> & { iss: string; sub: string },
  rules: ClaimRules,
): SignInProfile {
  const rawEmail = text(claims.email);
  const email = rawEmail && EMAIL.test(rawEmail) ? rawEmail : null;
  const emailVerified = claims.email_verified !== false && claims.email_verified !== 'false';
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  const name = text(claims.name) ?? (text(given) || text(claims.preferred_username) || email || claims.sub);

  let role: Role | undefined;
  if (email && emailVerified && rules.adminEmails.includes(email.toLowerCase())) role = 'admin';
  else if (rules.roleClaim) role = roleFrom(claimValues(claims, rules.roleClaim), rules.roleMap);

  return {
    issuer: claims.iss,
    subject: claims.sub,
    email,
    emailVerified,
    name,
    role,
    teamCodes: rules.teamClaim ? teamsFrom(claimValues(claims, rules.teamClaim), rules.teamPattern) : undefined,
  };
}
