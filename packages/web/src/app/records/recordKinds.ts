import {
  IconBuilding,
  IconBulb,
  IconCalendarEvent,
  IconChartBar,
  IconFileText,
  IconFilter,
  IconLayoutDashboard,
  IconPresentation,
  IconTag,
  IconTargetArrow,
  IconUser,
  IconUserPlus,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { SavedViewKind, SearchType, TagRecordsInput, TrashType } from '../../generated/graphql';

/** The bulk mutations' field of a kind's ids: `organizationIds`. */
type SelectionKey = keyof Omit<TagRecordsInput, 'tagId'>;

/**
 * A kind of record as the web app knows it, described once. The trash, Ctrl-K search, bulk
 * actions, the cache's policies and the navigation iterate over RECORD_KINDS; a test checks it
 * against the server's schema (`schema.graphql`), so a kind the server adds is not forgotten here.
 */
export interface WebRecordKind {
  /** Its GraphQL type, and its record type in the history: `Organization`. */
  typename: string;
  /** Its `Query` field of one record, by id: `organization`. */
  detailField: string;
  label: string;
  plural: string;
  /** Its pages: `/organizations`, `/organizations/:id`. */
  path?: string;
  icon: Icon;
  /** The list query fields that may hold it, dropped from the cache after a delete, restore or bulk change. */
  lists: string[];
  /** Its value in `TrashType`, when it goes to the trash. */
  trash?: TrashType;
  /** Its value in `SearchType`, when search finds it. */
  search?: SearchType;
  /** Its field in the bulk mutations' selection, when bulk actions apply. */
  selection?: SelectionKey;
  /** It has a `timeline` (merged page by page in the cache). */
  timeline?: boolean;
  /** It has a section in the navigation. */
  navigation?: boolean;
  /** It is a node of the relationship graph: Ctrl-K and its page offer to show it in the graph. */
  graph?: boolean;
  /** Its value in `SavedViewKind`, when views of its list can be saved (listed under it in the navigation). */
  savedViews?: SavedViewKind;
  /** Its field in the polymorphic links (activity and document links, taggings, the history's diffs): `organizationId`. */
  linkField?: string;
  /** Activities can concern it (`LinkActivityInput`). */
  activityLinks?: boolean;
  /** Documents can be attached to it (`AttachDocumentInput`). */
  documentLinks?: boolean;
  /** It carries tags (its type has `tags`). */
  taggable?: boolean;
}

/** Every kind of record the web app shows, in the order lists of kinds show them. */
export const RECORD_KINDS: readonly WebRecordKind[] = [
  {
    typename: 'Organization',
    linkField: 'organizationId',
    activityLinks: true,
    documentLinks: true,
    taggable: true,
    graph: true,
    detailField: 'organization',
    label: 'Organization',
    plural: 'Organizations',
    path: '/organizations',
    icon: IconBuilding,
    lists: ['organizations', 'search'],
    trash: 'ORGANIZATION',
    search: 'ORGANIZATION',
    selection: 'organizationIds',
    timeline: true,
    navigation: true,
    savedViews: 'ORGANIZATION',
  },
  {
    typename: 'Contact',
    linkField: 'contactId',
    activityLinks: true,
    documentLinks: true,
    taggable: true,
    graph: true,
    detailField: 'contact',
    label: 'Contact',
    plural: 'Contacts',
    path: '/contacts',
    icon: IconUsers,
    lists: ['contacts', 'search'],
    trash: 'CONTACT',
    search: 'CONTACT',
    selection: 'contactIds',
    timeline: true,
    navigation: true,
    savedViews: 'CONTACT',
  },
  {
    typename: 'Project',
    linkField: 'projectId',
    activityLinks: true,
    documentLinks: true,
    taggable: true,
    graph: true,
    detailField: 'project',
    label: 'Project',
    plural: 'Projects',
    path: '/projects',
    icon: IconPresentation,
    lists: ['projects', 'search'],
    trash: 'PROJECT',
    search: 'PROJECT',
    selection: 'projectIds',
    timeline: true,
    navigation: true,
    savedViews: 'PROJECT',
  },
  {
    typename: 'Activity',
    linkField: 'activityId',
    documentLinks: true,
    taggable: true,
    detailField: 'activity',
    label: 'Activity',
    plural: 'Activities',
    path: '/activities',
    icon: IconCalendarEvent,
    lists: ['activities'],
    trash: 'ACTIVITY',
    selection: 'activityIds',
    navigation: true,
    savedViews: 'ACTIVITY',
  },
  {
    typename: 'Document',
    linkField: 'documentId',
    taggable: true,
    detailField: 'document',
    label: 'Document',
    plural: 'Documents',
    path: '/documents',
    icon: IconFileText,
    lists: ['documents', 'search'],
    trash: 'DOCUMENT',
    search: 'DOCUMENT',
    selection: 'documentIds',
    navigation: true,
    savedViews: 'DOCUMENT',
  },
  {
    typename: 'Need',
    linkField: 'needId',
    activityLinks: true,
    documentLinks: true,
    taggable: true,
    detailField: 'need',
    label: 'Need',
    plural: 'Needs',
    path: '/needs',
    icon: IconBulb,
    lists: ['needs', 'search'],
    trash: 'NEED',
    search: 'NEED',
    selection: 'needIds',
    navigation: true,
    savedViews: 'NEED',
  },
  {
    typename: 'Lead',
    linkField: 'leadId',
    taggable: true,
    detailField: 'lead',
    label: 'Lead',
    plural: 'Leads',
    path: '/leads',
    icon: IconUserPlus,
    lists: ['leads', 'search'],
    trash: 'LEAD',
    search: 'LEAD',
    selection: 'leadIds',
    navigation: true,
    savedViews: 'LEAD',
  },
  {
    typename: 'Opportunity',
    linkField: 'opportunityId',
    taggable: true,
    detailField: 'opportunity',
    label: 'Opportunity',
    plural: 'Opportunities',
    path: '/opportunities',
    icon: IconTargetArrow,
    lists: ['opportunities', 'search'],
    trash: 'OPPORTUNITY',
    search: 'OPPORTUNITY',
    selection: 'opportunityIds',
    savedViews: 'OPPORTUNITY',
  },
  {
    typename: 'SavedView',
    detailField: 'savedView',
    label: 'Saved view',
    plural: 'Saved views',
    icon: IconFilter,
    lists: ['savedViews'],
  },
  {
    typename: 'SavedReport',
    detailField: 'savedReport',
    label: 'Saved report',
    plural: 'Saved reports',
    path: '/reports/saved',
    icon: IconChartBar,
    lists: ['savedReports'],
    trash: 'SAVED_REPORT',
  },
  {
    typename: 'Dashboard',
    detailField: 'dashboard',
    label: 'Dashboard',
    plural: 'Dashboards',
    path: '/dashboards',
    icon: IconLayoutDashboard,
    lists: ['dashboards'],
    trash: 'DASHBOARD',
  },
  { typename: 'Tag', detailField: 'tag', label: 'Tag', plural: 'Tags', icon: IconTag, lists: ['tags'] },
  { typename: 'Team', detailField: 'team', label: 'Team', plural: 'Teams', icon: IconUsersGroup, lists: ['teams'] },
  { typename: 'User', detailField: 'user', label: 'User', plural: 'Users', icon: IconUser, lists: ['users'] },
];

/** The kinds that have a feature, in registry order. */
export function kindsWith<
  K extends
    | 'trash'
    | 'search'
    | 'selection'
    | 'timeline'
    | 'navigation'
    | 'graph'
    | 'savedViews'
    | 'linkField'
    | 'activityLinks'
    | 'documentLinks'
    | 'taggable',
>(feature: K): (WebRecordKind & Required<Pick<WebRecordKind, K>>)[] {
  return RECORD_KINDS.filter((kind) => Boolean(kind[feature])) as (WebRecordKind & Required<Pick<WebRecordKind, K>>)[];
}

const byTrashType = new Map(kindsWith('trash').map((kind) => [kind.trash, kind]));
const bySearchType = new Map(kindsWith('search').map((kind) => [kind.search, kind]));

/** The kind of a trashed record. */
export const kindOfTrashType = (type: TrashType): WebRecordKind => byTrashType.get(type)!;

/** The kind of a search hit. */
export const kindOfSearchType = (type: SearchType): WebRecordKind => bySearchType.get(type)!;

/** The page of one record: `/organizations/<id>`. */
export const recordPath = (kind: WebRecordKind, id: string): string => `${kind.path}/${encodeURIComponent(id)}`;
