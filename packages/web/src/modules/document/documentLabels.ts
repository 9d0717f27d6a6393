import type { DocumentKind, Visibility } from '../../generated/graphql';

/** How each kind is said; the Record keeps it complete when the API adds one. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  MINUTES: 'Minutes',
  AGREEMENT: 'Agreement',
  PRESENTATION: 'Presentation',
  DISCUSSION: 'Discussion',
  OTHER: 'Other',
};

export const DOCUMENT_KIND_OPTIONS = Object.entries(DOCUMENT_KIND_LABELS).map(([value, label]) => ({
  value: value as DocumentKind,
  label,
}));

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  EVERYONE: 'Everyone',
  TEAM: 'Its team',
  PRIVATE: 'Only me',
};

export const VISIBILITY_OPTIONS = Object.entries(VISIBILITY_LABELS).map(([value, label]) => ({
  value: value as Visibility,
  label,
}));

/** "1.2 MB", "340 KB", "12 bytes". */
/** A size limit in megabytes, as settings name it: 25 MB, 0.5 MB. */
export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
