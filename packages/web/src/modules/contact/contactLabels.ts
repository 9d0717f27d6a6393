import type { ConsentBasis, ProjectRole } from '../../generated/graphql';

/** The legal bases for holding someone's personal data, as people read them. */
export const CONSENT_BASIS_LABELS: Record<ConsentBasis, string> = {
  CONSENT: 'Consent',
  CONTRACT: 'Contract',
  LEGAL_OBLIGATION: 'Legal obligation',
  LEGITIMATE_INTERESTS: 'Legitimate interests',
  PUBLIC_TASK: 'Public task',
  VITAL_INTERESTS: 'Vital interests',
};

export const CONSENT_BASIS_OPTIONS = Object.entries(CONSENT_BASIS_LABELS).map(([value, label]) => ({ value, label }));

/** A contact's roles in a project. */
export const PROJECT_ROLE_LABELS: Record<ProjectRole, string> = {
  CONTACT_POINT: 'Contact point',
  COORDINATOR: 'Coordinator',
  FUNDER: 'Funder',
  HOST: 'Host',
  MEMBER: 'Member',
  OTHER: 'Other',
  PARTNER: 'Partner',
  PRINCIPAL_INVESTIGATOR: 'Principal investigator',
  SPOKESPERSON: 'Spokesperson',
};

/** "Since Mar 2021", "2019 – 2023", "Until Jan 2024"; empty when neither date is known. */
export function describePeriod(since?: string | null, until?: string | null): string {
  const format = (date: string) =>
    new Date(`${date}T00:00:00`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric' });
  if (since && until) return `${format(since)} – ${format(until)}`;
  if (since) return `Since ${format(since)}`;
  if (until) return `Until ${format(until)}`;
  return '';
}

/** Whether an affiliation or link has ended (its `until` is in the past). */
export function hasEnded(until?: string | null, today = new Date().toISOString().slice(0, 10)): boolean {
  return Boolean(until && until < today);
}

/** Roles people usually hold at an organization; any other can be typed. */
export const COMMON_ROLES = [
  'Director',
  'Head of unit',
  'Professor',
  'Researcher',
  'PhD student',
  'Engineer',
  'Project manager',
  'Administrator',
  'Liaison officer',
];
