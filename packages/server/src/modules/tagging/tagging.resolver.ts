import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import type { AnyRecordKind } from '../registry/record-registry';
import { mutation } from '../shared/transaction';
import { Tag } from '../tag/tag.entity';
import { TagRecordsInput } from './tagging.inputs';
import { tagsOfRecords, tagUsageByKind } from './tagging.relations';
import { tagRecords, untagRecords } from './tagging.service';

@ObjectType({ description: 'What tagRecords or untagRecords did.' })
class TaggingResult {
  @Field(() => Tag, { description: 'The tag, as it now is.' })
  tag: Tag;

  @Field(() => Int, {
    description: 'How many records gained (or lost) the tag; those that already had it (or lacked it) are not counted.',
  })
  count: number;
}

@ObjectType({ description: 'How many live records of one kind carry a tag.' })
class TagUsage {
  @Field({ description: 'The kind of record, as the GraphQL type is named: Organization, Activity…' })
  type: string;

  @Field(() => Int, { description: 'How many of them carry the tag, of those the viewer may see.' })
  count: number;
}

@Resolver(() => Tag)
export class TaggingResolver {
  @FieldResolver(() => Int, { description: 'How many live records carry it, of those the viewer may see.' })
  async usageCount(@Root() tag: Tag, @Ctx() context: GraphQLContext) {
    const usage = await tagUsageByKind(context).load(tag.id);
    return usage.reduce((total, { count }) => total + count, 0);
  }

  @FieldResolver(() => [TagUsage], {
    description: 'How many live records of each kind carry it, of those the viewer may see; kinds with none left out.',
  })
  usage(@Root() tag: Tag, @Ctx() context: GraphQLContext) {
    return tagUsageByKind(context).load(tag.id);
  }

  @Authorized('editor')
  @Mutation(() => TaggingResult, {
    description: 'Puts a tag on records of any kinds, all or none; tagging a record twice is no error.',
  })
  tagRecords(
    @Arg('input', { description: 'The tag and the records.' }) input: TagRecordsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => tagRecords(manager, context.viewer!, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => TaggingResult, {
    description: 'Takes a tag off records of any kinds, all or none; untagging an untagged record is no error.',
  })
  untagRecords(
    @Arg('input', { description: 'The tag and the records.' }) input: TagRecordsInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => untagRecords(manager, context.viewer!, input, actor));
  }
}

/** `tags` on a taggable record type, batched over the request. */
export function tagsFieldResolver(kind: AnyRecordKind): ClassType {
  @Resolver(() => kind.entity)
  class TagsField {
    @FieldResolver(() => [Tag], { description: 'Its tags, by label (trashed tags are left out).' })
    tags(@Root() record: { id: string }, @Ctx() context: GraphQLContext): Promise<Tag[]> {
      return tagsOfRecords(context, kind.linkColumn!).load(record.id);
    }
  }
  Object.defineProperty(TagsField, 'name', { value: `${kind.type}TagsResolver` });
  return TagsField;
}
