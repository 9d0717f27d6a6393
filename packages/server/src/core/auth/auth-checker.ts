import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import { hasRole, ROLES, type Role } from './roles';

/**
 * `@Authorized()` wants a signed-in viewer; `@Authorized('editor')` at least that role. Mutations
 * are refused to read-only tokens whatever the role.
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  for (const role of roles) {
    if (!ROLES.includes(role)) throw new Error(`unknown role ${role} in @Authorized`);
    if (!hasRole(viewer.role, role)) throw new ForbiddenError(`This needs the ${role} role`);
  }
  if (info.parentType.name === 'Mutation' && viewer.readOnly) {
    throw new ForbiddenError('This token is read-only');
  }
  return true;
};
