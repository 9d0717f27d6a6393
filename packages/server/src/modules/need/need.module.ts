import type { ResolverClass } from '../../core/graphql/build-schema';
import { OrganizationNeedsResolver, ProjectNeedsResolver } from './need-relations.resolver';
import { NeedResolver } from './need.resolver';

/** Every resolver class of the need domain, for the schema. */
export const needResolvers: ResolverClass[] = [NeedResolver, OrganizationNeedsResolver, ProjectNeedsResolver];
