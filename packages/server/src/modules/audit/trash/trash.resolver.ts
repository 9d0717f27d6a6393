import { Arg, Args, Authorized, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../../core/graphql/pagination';
import { recordById } from '../../shared/record-loaders';
import { User } from '../../user/user.entity';
import { trashPage } from './trash.service';
import { TRASH_KINDS, TrashedRecord, TrashItem, TrashType, type TrashTypeValue } from './trash.types';

@ObjectType()
class TrashItemConnection extends ConnectionType(TrashItem) {}

@Resolver(() => TrashItem)
export class TrashResolver {
  @Authorized()
  @Query(() => TrashItemConnection, {
    description:
      'The records in the trash, most recently trashed first; activities and documents only when you may see them. Each kind is restored with its own restore mutation.',
  })
  trash(
    @Arg('types', () => [TrashType], { nullable: true, description: 'Only these kinds of record; all when not given.' })
    types: TrashTypeValue[] | undefined,
    @Args() page: PageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return trashPage(context.dataSource, context.viewer, types, page);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who moved it to the trash.' })
  deletedBy(@Root() item: TrashItem, @Ctx() context: GraphQLContext) {
    return item.deletedById ? recordById(context, User).load(item.deletedById) : null;
  }

  @FieldResolver(() => TrashedRecord, { nullable: true, description: 'The record itself.' })
  record(@Root() item: TrashItem, @Ctx() context: GraphQLContext) {
    return recordById(context, TRASH_KINDS.get(item.type)!.entity).load(item.id);
  }
}
