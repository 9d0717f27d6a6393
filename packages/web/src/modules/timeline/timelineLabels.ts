import type { TimelineItemKind } from '../../generated/graphql';

export const TIMELINE_KIND_LABELS: Record<TimelineItemKind, string> = {
  ACTIVITY: 'Activities',
  DOCUMENT: 'Documents',
  LINK: 'Links',
  CHANGE: 'Changes',
};

export const TIMELINE_KINDS = Object.keys(TIMELINE_KIND_LABELS) as TimelineItemKind[];
