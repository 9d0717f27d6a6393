import { isUUID } from 'class-validator';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { BadUserInputError } from '../../core/graphql/errors';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { Contact } from '../contact/contact.entity';
import { recordById } from '../shared/record-loaders';
import { User } from '../user/user.entity';
import { userById } from '../user/author-fields.resolver';
import { PrivacyRequest } from './privacy-request.entity';
import { PRIVACY_REQUEST_ORDERING, privacyRequestQuery } from './privacy-request.service';

@ObjectType()
class PrivacyRequestConnection extends ConnectionType(PrivacyRequest) {}

/** The log of privacy requests: admins only, like the requests themselves. */
@Resolver(() => PrivacyRequest)
export class PrivacyRequestResolver {
  @Authorized('admin')
  @Query(() => PrivacyRequestConnection, {
    description: 'The privacy requests carried out (exports and erasures), newest first. Admins only.',
  })
  privacyRequests(
    @Args() page: PageArgs,
    @Arg('contactId', () => ID, { nullable: true, description: 'Only those about this contact.' })
    contactId: string | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    if (contactId && !isUUID(contactId)) throw BadUserInputError.field('contactId', 'must be a UUID');
    return pageOf(privacyRequestQuery(context.dataSource.manager, contactId), PRIVACY_REQUEST_ORDERING, page);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who carried it out.' })
  requestedBy(@Root() request: PrivacyRequest, @Ctx() context: GraphQLContext) {
    return userById(context, request.requestedById);
  }

  @FieldResolver(() => Contact, {
    nullable: true,
    description: 'The person concerned; after an erasure, a tombstone without personal data.',
  })
  contact(@Root() request: PrivacyRequest, @Ctx() context: GraphQLContext) {
    return request.contactId ? recordById(context, Contact).load(request.contactId) : null;
  }
}
