import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { OwnedRecordEntity } from '../../core/db/record.entity';
import type { GraphQLContext } from '../../core/graphql/context';
import { recordById } from '../shared/record-loaders';
import { AuthorFieldsResolver, userById } from '../user/author-fields.resolver';
import { User } from '../user/user.entity';
import { Team } from './team.entity';

/** The author fields plus `owner` and `team`, on an owned record type. */
export function OwnedRecordFieldsResolver<T extends OwnedRecordEntity>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class OwnedRecordFields extends AuthorFieldsResolver(type) {
    @FieldResolver(() => User, { nullable: true, description: 'The user responsible for it.' })
    owner(@Root() record: T, @Ctx() context: GraphQLContext) {
      return userById(context, record.ownerId);
    }

    @FieldResolver(() => Team, { nullable: true, description: 'The team it belongs to.' })
    team(@Root() record: T, @Ctx() context: GraphQLContext) {
      return record.teamId ? recordById(context, Team).load(record.teamId) : null;
    }
  }
  return OwnedRecordFields;
}
