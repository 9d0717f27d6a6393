import type { DomainModule } from '../shared/domain-module';
import { LiveResolver } from './live.resolver';

/** Live updates: the `recordChanged` and `timelineChanged` subscriptions. */
export const liveModule: DomainModule = {
  resolvers: [LiveResolver],
};
