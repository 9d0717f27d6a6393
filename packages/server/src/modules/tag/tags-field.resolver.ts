import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { Activity } from '../activity/activity.entity';
import { Contact } from '../contact/contact.entity';
import { Document } from '../document/document.entity';
import { Need } from '../need/need.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';
import { Tag } from './tag.entity';
import { tagsOfRecords, type TaggingColumn } from './tag.loaders';

/** `tags` on a taggable record type, batched over the request. */
export function TagsFieldResolver<T extends { id: string }>(type: ClassType<T>, taggingColumn: TaggingColumn) {
  @Resolver(() => type)
  abstract class TagsField {
    @FieldResolver(() => [Tag], { description: 'Its tags, by label (trashed tags are left out).' })
    tags(@Root() record: T, @Ctx() context: GraphQLContext): Promise<Tag[]> {
      return tagsOfRecords(context, taggingColumn).load(record.id);
    }
  }
  return TagsField;
}

@Resolver(() => Organization)
export class OrganizationTagsResolver extends TagsFieldResolver(Organization, 'organization_id') {}

@Resolver(() => Contact)
export class ContactTagsResolver extends TagsFieldResolver(Contact, 'contact_id') {}

@Resolver(() => Project)
export class ProjectTagsResolver extends TagsFieldResolver(Project, 'project_id') {}

@Resolver(() => Activity)
export class ActivityTagsResolver extends TagsFieldResolver(Activity, 'activity_id') {}

@Resolver(() => Document)
export class DocumentTagsResolver extends TagsFieldResolver(Document, 'document_id') {}

@Resolver(() => Need)
export class NeedTagsResolver extends TagsFieldResolver(Need, 'need_id') {}
