import type { ProjectKind, ProjectRole, ProjectStatus } from '../../generated/graphql';

/** How each value is said; the Records keep them complete when the API adds one. */
export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = {
  ESFRI: 'ESFRI',
  INTERNATIONAL: 'International',
  NATIONAL: 'National',
  COLLABORATION: 'Collaboration',
  INITIATIVE: 'Initiative',
  OTHER: 'Other',
};

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  PLANNED: 'Planned',
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export const PROJECT_STATUS_COLORS: Record<ProjectStatus, string> = {
  PLANNED: 'blue',
  ACTIVE: 'green',
  SUSPENDED: 'yellow',
  COMPLETED: 'gray',
  CANCELLED: 'red',
};

export const PROJECT_ROLE_LABELS: Record<ProjectRole, string> = {
  COORDINATOR: 'Coordinator',
  PARTNER: 'Partner',
  MEMBER: 'Member',
  HOST: 'Host',
  FUNDER: 'Funder',
  PRINCIPAL_INVESTIGATOR: 'Principal investigator',
  CONTACT_POINT: 'Contact point',
  SPOKESPERSON: 'Spokesperson',
  OTHER: 'Other',
};

export function optionsOf<T extends string>(labels: Record<T, string>) {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

export const PROJECT_KIND_OPTIONS = optionsOf(PROJECT_KIND_LABELS);
export const PROJECT_STATUS_OPTIONS = optionsOf(PROJECT_STATUS_LABELS);
export const PROJECT_ROLE_OPTIONS = optionsOf(PROJECT_ROLE_LABELS);
