import type { ResolverClass } from '../../core/graphql/build-schema';
import { kindsWith } from '../registry/record-registry';
import { ChangeRecordsResolver } from './change-records.resolver';
import { HistoryResolver } from './history.resolver';
import { RevertResolver } from './revert.resolver';
import { timelineFieldResolver } from './timeline/timeline.resolver';
import { TrashResolver } from './trash/trash.resolver';

/** Every resolver class of history, timeline, revert and trash, for the schema: `timeline` on each kind that has one. */
export const auditResolvers: ResolverClass[] = [
  HistoryResolver,
  ChangeRecordsResolver,
  RevertResolver,
  ...kindsWith('timeline').map(timelineFieldResolver),
  TrashResolver,
];
