import type { ResolverClass } from '../../core/graphql/build-schema';
import { MyProfileResolver } from './my-profile.resolver';
import { ExpertUsersResolver, UserResolver } from './user.resolver';

/** Every resolver class of the user domain, for the schema. */
export const userResolvers: ResolverClass[] = [UserResolver, ExpertUsersResolver, MyProfileResolver];
