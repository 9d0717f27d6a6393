import type { NeedCategory, NeedPriority, NeedStatus } from '../../generated/graphql';

/** How each value is said; the Records keep them complete when the API adds one. */
export const NEED_CATEGORY_LABELS: Record<NeedCategory, string> = {
  COMPUTE: 'Compute',
  STORAGE: 'Storage',
  NETWORK: 'Network',
  DATA_MANAGEMENT: 'Data management',
  IDENTITY_ACCESS: 'Identity and access',
  TRAINING: 'Training',
  CONSULTANCY: 'Consultancy',
  OTHER: 'Other',
};

export const NEED_PRIORITY_LABELS: Record<NeedPriority, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
};

export const NEED_PRIORITY_COLORS: Record<NeedPriority, string> = {
  CRITICAL: 'red',
  HIGH: 'orange',
  MEDIUM: 'blue',
  LOW: 'gray',
};

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  IDENTIFIED: 'Identified',
  BEING_ADDRESSED: 'Being addressed',
  FULFILLED: 'Fulfilled',
  NOT_PURSUED: 'Not pursued',
};

export const NEED_STATUS_COLORS: Record<NeedStatus, string> = {
  IDENTIFIED: 'blue',
  BEING_ADDRESSED: 'yellow',
  FULFILLED: 'green',
  NOT_PURSUED: 'gray',
};

function optionsOf<T extends string>(labels: Record<T, string>) {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

export const NEED_CATEGORY_OPTIONS = optionsOf(NEED_CATEGORY_LABELS);
export const NEED_PRIORITY_OPTIONS = optionsOf(NEED_PRIORITY_LABELS);
export const NEED_STATUS_OPTIONS = optionsOf(NEED_STATUS_LABELS);
