import type { ResolverClass } from '../../core/graphql/build-schema';
import { kindsWith } from '../registry/record-registry';
import { TaggingResolver, tagsFieldResolver } from './tagging.resolver';

/** Tags on records: `tags` on every taggable kind of the registry, usage counts, bulk tagging. */
export const taggingResolvers: ResolverClass[] = [TaggingResolver, ...kindsWith('taggable').map(tagsFieldResolver)];
