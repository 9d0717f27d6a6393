import { IsUUID } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { Contact } from '../contact/contact.entity';
import { mutation } from '../shared/transaction';
import { eraseContact, exportPersonalData } from './privacy.service';

@InputType({ description: 'Whose personal data.' })
export class PersonalDataInput {
  @Field(() => ID, { description: 'The contact.' })
  @IsUUID()
  contactId: string;
}

/** Subject access and erasure requests (GDPR articles 15 and 17), both recorded in the history. */
@Resolver()
export class PrivacyResolver {
  @Authorized('editor')
  @Mutation(() => GraphQLJSONObject, {
    description: 'Everything held about a person, as JSON, for a subject access request. The export is recorded.',
  })
  exportPersonalData(
    @Arg('input', { description: 'The contact.' }) input: PersonalDataInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => exportPersonalData(manager, input.contactId, actor, context.viewer!));
  }

  @Authorized('admin')
  @Mutation(() => Contact, {
    description:
      'Erases a person on request: their data, links and history values go; a trashed tombstone without personal data stays.',
  })
  eraseContact(
    @Arg('input', { description: 'The contact.' }) input: PersonalDataInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => eraseContact(manager, input.contactId, actor));
  }
}
