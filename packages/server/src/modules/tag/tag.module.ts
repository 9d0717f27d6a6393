import type { ResolverClass } from '../../core/graphql/build-schema';
import { TagResolver } from './tag.resolver';

/** Every resolver class of the tag domain, for the schema (tags on records are in `tagging`). */
export const tagResolvers: ResolverClass[] = [TagResolver];
