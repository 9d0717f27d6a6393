import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { LinkEntity, OwnedRecordEntity } from '../../core/db/record.entity';
import type { GraphQLContext } from '../../core/graphql/context';
import { Team } from '../team/team.entity';
import { User } from '../user/user.entity';
import { recordById } from './record-loaders';

const user = (context: GraphQLContext, id: string | null) => (id ? recordById(context, User).load(id) : null);

/** `createdBy` and `updatedBy` on any record or link type. */
export function AuthorFieldsResolver<T extends LinkEntity>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class AuthorFields {
    @FieldResolver(() => User, { nullable: true, description: 'Who created it (null once that account is gone).' })
    createdBy(@Root() record: T, @Ctx() context: GraphQLContext) {
      return user(context, record.createdById);
    }

    @FieldResolver(() => User, { nullable: true, description: 'Who changed it last.' })
    updatedBy(@Root() record: T, @Ctx() context: GraphQLContext) {
      return user(context, record.updatedById);
    }
  }
  return AuthorFields;
}

/** The author fields plus `owner` and `team`, on an owned record type. */
export function OwnedRecordFieldsResolver<T extends OwnedRecordEntity>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class OwnedRecordFields extends AuthorFieldsResolver(type) {
    @FieldResolver(() => User, { nullable: true, description: 'The user responsible for it.' })
    owner(@Root() record: T, @Ctx() context: GraphQLContext) {
      return user(context, record.ownerId);
    }

    @FieldResolver(() => Team, { nullable: true, description: 'The team it belongs to.' })
    team(@Root() record: T, @Ctx() context: GraphQLContext) {
      return record.teamId ? recordById(context, Team).load(record.teamId) : null;
    }
  }
  return OwnedRecordFields;
}
