import type { DomainModule } from '../shared/domain-module';
import { kindsWith } from '../registry/record-registry';
import { TaggingResolver, tagsFieldResolver } from './tagging.resolver';

/** Tags on records: `tags` on every taggable kind of the registry, usage counts, bulk tagging. */
export const taggingModule: DomainModule = {
  resolvers: [TaggingResolver, ...kindsWith('taggable').map(tagsFieldResolver)],
};
