import type { ResolverClass } from '../../core/graphql/build-schema';
import { TagResolver } from './tag.resolver';
import {
  ActivityTagsResolver,
  ContactTagsResolver,
  DocumentTagsResolver,
  NeedTagsResolver,
  OrganizationTagsResolver,
  ProjectTagsResolver,
} from './tags-field.resolver';

/** Every resolver class of the tag domain, for the schema: `tags` on each taggable type. */
export const tagResolvers: ResolverClass[] = [
  TagResolver,
  OrganizationTagsResolver,
  ContactTagsResolver,
  ProjectTagsResolver,
  ActivityTagsResolver,
  DocumentTagsResolver,
  NeedTagsResolver,
];
