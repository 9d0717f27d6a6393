import type { DomainModule } from '../shared/domain-module';
import { kindsWith } from '../registry/record-registry';
import { HistoryResolver } from './history.resolver';
import { RevertResolver } from './revert.resolver';
import { timelineFieldResolver } from './timeline/timeline.resolver';
import { TrashResolver } from './trash/trash.resolver';

/** History, timeline, revert and trash: `timeline` on each kind of the registry that has one. */
export const auditModule: DomainModule = {
  resolvers: [HistoryResolver, RevertResolver, ...kindsWith('timeline').map(timelineFieldResolver), TrashResolver],
};
