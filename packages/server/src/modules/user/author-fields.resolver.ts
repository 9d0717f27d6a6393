import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { LinkEntity } from '../../core/db/record.entity';
import type { GraphQLContext } from '../../core/graphql/context';
import { recordById } from '../shared/record-loaders';
import { User } from './user.entity';

/** The user of an id on a record (null once that account is gone), batched over the request. */
export const userById = (context: GraphQLContext, id: string | null) =>
  id ? recordById(context, User).load(id) : null;

/** `createdBy` and `updatedBy` on any record or link type. */
export function AuthorFieldsResolver<T extends LinkEntity>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class AuthorFields {
    @FieldResolver(() => User, { nullable: true, description: 'Who created it (null once that account is gone).' })
    createdBy(@Root() record: T, @Ctx() context: GraphQLContext) {
      return userById(context, record.createdById);
    }

    @FieldResolver(() => User, { nullable: true, description: 'Who changed it last.' })
    updatedBy(@Root() record: T, @Ctx() context: GraphQLContext) {
      return userById(context, record.updatedById);
    }
  }
  return AuthorFields;
}
