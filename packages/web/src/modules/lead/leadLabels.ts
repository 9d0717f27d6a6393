import type { LeadSource, LeadStatus } from '../../generated/graphql';

/** How each value is said; the Records keep them complete when the API adds one. */
export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = {
  NEW: 'New',
  CONTACTED: 'Contacted',
  QUALIFIED: 'Qualified',
  DISQUALIFIED: 'Disqualified',
  CONVERTED: 'Converted',
};

export const LEAD_STATUS_COLORS: Record<LeadStatus, string> = {
  NEW: 'blue',
  CONTACTED: 'yellow',
  QUALIFIED: 'teal',
  DISQUALIFIED: 'gray',
  CONVERTED: 'green',
};

export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  EVENT: 'Event',
  WEB: 'Web',
  REFERRAL: 'Referral',
  CAMPAIGN: 'Campaign',
  IMPORT: 'Import',
  OTHER: 'Other',
};

function optionsOf<T extends string>(labels: Record<T, string>) {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

export const LEAD_STATUS_OPTIONS = optionsOf(LEAD_STATUS_LABELS);
/** The statuses a lead is set to by hand: disqualifying and converting have dialogs of their own. */
export const LEAD_WORKING_STATUS_OPTIONS = LEAD_STATUS_OPTIONS.filter((option) =>
  ['NEW', 'CONTACTED', 'QUALIFIED'].includes(option.value),
);
export const LEAD_SOURCE_OPTIONS = optionsOf(LEAD_SOURCE_LABELS);
