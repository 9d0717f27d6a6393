import type { ResolverClass } from '../../core/graphql/build-schema';
import { GraphResolver } from './graph.resolver';

/** Every resolver class of the graph domain, for the schema. */
export const graphResolvers: ResolverClass[] = [GraphResolver];
