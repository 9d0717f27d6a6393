import type { ResolverClass } from '../../core/graphql/build-schema';
import { HistoryResolver } from './history.resolver';
import { RevertResolver } from './revert.resolver';
import {
  ContactTimelineResolver,
  OrganizationTimelineResolver,
  ProjectTimelineResolver,
} from './timeline/timeline.resolver';
import { TrashResolver } from './trash/trash.resolver';

/** Every resolver class of history, timeline, revert and trash, for the schema. */
export const auditResolvers: ResolverClass[] = [
  HistoryResolver,
  RevertResolver,
  OrganizationTimelineResolver,
  ContactTimelineResolver,
  ProjectTimelineResolver,
  TrashResolver,
];
