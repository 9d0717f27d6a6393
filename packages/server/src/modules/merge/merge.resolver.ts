import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { mutation } from '../shared/transaction';
import { mergeContacts } from './merge-contacts';
import { Tag } from '../tag/tag.entity';
import { mergeOrganizations } from './merge-organizations';
import { mergeTags } from './merge-tags';
import { MergeContactsInput, MergeOrganizationsInput, MergeTagsInput } from './merge.inputs';

const HOW =
  'every link of the duplicate moves to the survivor (one the survivor has already is dropped), its history follows, the survivor’s empty fields are filled from it (and the fields in `takeFromDuplicate` take its value), and it goes to the trash. CONFLICT when `survivorVersion` is stale; BAD_USER_INPUT for the same record twice or a trashed one.';

@Resolver()
export class MergeResolver {
  @Authorized('editor')
  @Mutation(() => Organization, {
    description: `Merges a duplicate organization into another and answers the survivor: ${HOW}`,
  })
  mergeOrganizations(
    @Arg('input', { description: 'The survivor, the duplicate and the version of the survivor.' })
    input: MergeOrganizationsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => mergeOrganizations(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Contact, { description: `Merges a duplicate contact into another and answers the survivor: ${HOW}` })
  mergeContacts(
    @Arg('input', { description: 'The survivor, the duplicate and the version of the survivor.' })
    input: MergeContactsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => mergeContacts(manager, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Tag, {
    description: `Merges a duplicate tag into another and answers the survivor: every record carrying the duplicate carries the survivor instead; ${HOW}`,
  })
  mergeTags(
    @Arg('input', { description: 'The survivor, the duplicate and the version of the survivor.' })
    input: MergeTagsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => mergeTags(manager, input, actor));
  }
}
