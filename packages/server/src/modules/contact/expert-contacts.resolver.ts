import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import { likePattern, uniqueParameter } from '../shared/record-filter';
import { Experts } from '../user/user.resolver';
import { ContactConnection } from './contact.resolver';
import { contactOrdering, contactQuery } from './contact.service';

/** The contact side of `experts`, kept with the contacts (the users' side is with the users). */
@Resolver(() => Experts)
export class ExpertContactsResolver {
  @FieldResolver(() => ContactConnection, {
    description: 'Live contacts whose expertise mentions the topic, case-insensitive, by family name.',
  })
  contacts(@Root() experts: Experts, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    const query = contactQuery(context.dataSource, undefined, { searchDetails: false });
    const p = uniqueParameter('expertise');
    query.andWhere(`EXISTS (SELECT 1 FROM unnest(c.expertise) AS topic WHERE topic ILIKE :${p})`, {
      [p]: likePattern(experts.topic),
    });
    return pageOf(query, contactOrdering(), page);
  }
}
