import { Arg, Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import type { AnyRecordKind } from '../shared/domain-module';
import { User } from '../user/user.entity';
import { ActivityFilter, ActivityOrder } from './activity.inputs';
import { ActivityConnection } from './activity.resolver';
import { activitiesOf } from './activity.relations';

const LINKS = 'activity_links';
const FILTER = { nullable: true, description: 'Which ones to list.' } as const;
const ORDER = { nullable: true, description: 'How to sort them; newest first when not given.' } as const;

/**
 * `activities` on a kind activities can concern (`linkable.activities` in the registry): those
 * linked to it, and for a kind with participations (contacts) those it takes part in too. The
 * application makes one per kind of the registry (`modules/app-modules.ts`).
 */
export function activitiesFieldResolver(kind: AnyRecordKind): ClassType {
  const column = kind.linkColumn!;
  const participations = kind.timeline?.participations;
  const rows = participations
    ? `(SELECT activity_id, ${column} FROM ${LINKS} WHERE ${column} IS NOT NULL
        UNION SELECT activity_id, ${column} FROM ${participations})`
    : LINKS;
  const description = participations
    ? 'Activities concerning it or in which it takes part, that you may see; newest first.'
    : 'Activities concerning it that you may see, newest first.';
  @Resolver(() => kind.entity)
  class ActivitiesField {
    @FieldResolver(() => ActivityConnection, { description })
    activities(
      @Root() record: { id: string },
      @Args() page: PageArgs,
      @Arg('filter', () => ActivityFilter, FILTER) filter: ActivityFilter | undefined,
      @Arg('orderBy', () => ActivityOrder, ORDER) orderBy: ActivityOrder | undefined,
      @Ctx() context: GraphQLContext,
    ) {
      const args = { ...page, filter, orderBy };
      return activitiesOf(context, `${kind.type}.activities`, [rows, `p.${column}`], args, record.id);
    }
  }
  Object.defineProperty(ActivitiesField, 'name', { value: `${kind.type}ActivitiesResolver` });
  return ActivitiesField;
}

@Resolver(() => User)
export class UserActivitiesResolver {
  @FieldResolver(() => ActivityConnection, {
    description: 'Activities in which the user takes part, that you may see; newest first.',
  })
  activities(
    @Root() user: User,
    @Args() page: PageArgs,
    @Arg('filter', () => ActivityFilter, FILTER) filter: ActivityFilter | undefined,
    @Arg('orderBy', () => ActivityOrder, ORDER) orderBy: ActivityOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const args = { ...page, filter, orderBy };
    return activitiesOf(context, 'User.activities', ['activity_users', 'p.user_id'], args, user.id);
  }
}
