import type { ResolverClass } from '../../core/graphql/build-schema';
import { ProjectResolver } from './project.resolver';

/** Every resolver class of the project domain, for the schema (links and work have their own modules). */
export const projectResolvers: ResolverClass[] = [ProjectResolver];
