import type { OrganizationKind } from '../../generated/graphql';

/** How each kind is said; the Record keeps it complete when the API adds one. */
export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  UNIVERSITY: 'University',
  RESEARCH_INSTITUTE: 'Research institute',
  RESEARCH_INFRASTRUCTURE: 'Research infrastructure',
  COMPANY: 'Company',
  NON_PROFIT: 'Non-profit',
  GOVERNMENT_BODY: 'Government body',
  CONSORTIUM: 'Consortium',
  OTHER: 'Other',
};

export const ORGANIZATION_KIND_OPTIONS = Object.entries(ORGANIZATION_KIND_LABELS).map(([value, label]) => ({
  value: value as OrganizationKind,
  label,
}));
