import { revertOf } from './audit.relations';
import { isUUID } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { pageOf, type Ordering } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { BadUserInputError } from '../../core/graphql/errors';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { recordById } from '../shared/record-loaders';
import { User } from '../user/user.entity';
import { Change, ChangeActionEnum, type ChangeAction } from '../shared/change.entity';
import { diffFor, visibleChanges } from './change.policy';

@ObjectType()
class ChangeConnection extends ConnectionType(Change) {}

/** Newest first; changes of one transaction share their time and come in id order. */
const HISTORY_ORDERING: Ordering = [
  ['c.at', 'DESC'],
  ['c.id', 'DESC'],
];

/** The changes of one record the viewer may see, as a query aliased `c`. */
function historyQuery(source: DataSource, viewer: Viewer | null, recordId: string, actions?: ChangeAction[]) {
  const visible = visibleChanges('c', viewer);
  const query = source
    .getRepository(Change)
    .createQueryBuilder('c')
    .where('c.record_id = :recordId', { recordId })
    .andWhere(visible.sql, visible.parameters);
  if (actions?.length) query.andWhere('c.action IN (:...actions)', { actions });
  return query;
}

@Resolver(() => Change)
export class HistoryResolver {
  @Authorized()
  @Query(() => ChangeConnection, {
    description:
      'The history of one record, newest first: every change of its fields and links, merged and reverted ones included. Changes of activities and documents you may not see are left out.',
  })
  history(
    @Arg('recordId', () => ID, { description: 'The record, of any type.' }) recordId: string,
    @Args() page: PageArgs,
    @Arg('actions', () => [ChangeActionEnum], { nullable: true, description: 'Only changes with these actions.' })
    actions: ChangeAction[] | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    if (!isUUID(recordId)) throw BadUserInputError.field('recordId', 'is not an id');
    return pageOf(historyQuery(context.dataSource, context.viewer, recordId, actions), HISTORY_ORDERING, page);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who made the change; null for the system or a removed account.',
  })
  actor(@Root() change: Change, @Ctx() context: GraphQLContext) {
    return change.actorId ? recordById(context, User).load(change.actorId) : null;
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description:
      'What changed, field by field: `{ "name": { "before": "CNR", "after": "CNRS" } }`; links appear under their own key (`affiliation`, `projectContact` …). Email addresses and phone numbers of contacts are left out for viewers.',
  })
  diff(@Root() change: Change, @Ctx() context: GraphQLContext) {
    return diffFor(context.viewer, change.diff);
  }

  @FieldResolver(() => Change, { nullable: true, description: 'For a revert: the change it undid.' })
  revertsChange(@Root() change: Change, @Ctx() context: GraphQLContext) {
    return change.revertsChangeId ? recordById(context, Change).load(change.revertsChangeId) : null;
  }

  @FieldResolver(() => Change, { nullable: true, description: 'The change that undid this one, if any.' })
  revertedBy(@Root() change: Change, @Ctx() context: GraphQLContext) {
    return revertOf(context).load(change.id);
  }
}
