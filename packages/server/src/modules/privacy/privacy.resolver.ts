import { IsUUID } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { mutation } from '../shared/transaction';
import { eraseContact, exportPersonalData } from './privacy.service';
import { ContactErasure, FileToReview } from './privacy.types';

@InputType({ description: 'Whose personal data.' })
export class PersonalDataInput {
  @Field(() => ID, { description: 'The contact.' })
  @IsUUID()
  contactId: string;
}

/** Subject access and erasure requests (GDPR articles 15 and 17), both recorded in the history. */
@Resolver()
export class PrivacyResolver {
  @Authorized('admin')
  @Mutation(() => GraphQLJSONObject, {
    description:
      'Everything held about a person, as JSON, for a subject access request. Admins only; the export is recorded in the history and in `privacyRequests`.',
  })
  exportPersonalData(
    @Arg('input', { description: 'The contact.' }) input: PersonalDataInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => exportPersonalData(manager, input.contactId, actor, context.viewer!));
  }

  @Authorized('admin')
  @Mutation(() => ContactErasure, {
    description:
      "Erases a person on request (admins only; recorded in `privacyRequests`): their data, links and history values go, and their emails, phones and full name are redacted from other records' free text and history; a trashed tombstone without personal data stays. Stored files that mention them are listed for review.",
  })
  async eraseContact(
    @Arg('input', { description: 'The contact.' }) input: PersonalDataInput,
    @Ctx() context: GraphQLContext,
  ) {
    const erasure = await mutation(context, (manager, actor) => eraseContact(manager, input.contactId, actor));
    return {
      ...erasure,
      filesToReview: erasure.filesToReview.map((file) => Object.assign(new FileToReview(), file)),
    };
  }
}
