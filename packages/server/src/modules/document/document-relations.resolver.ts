import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import { Activity } from '../activity/activity.entity';
import { Contact } from '../contact/contact.entity';
import { Need } from '../need/need.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';
import { DocumentFilter, DocumentOrder } from './document.inputs';
import { DocumentConnection } from './document.resolver';
import { documentsOf } from './document.relations';

const DESCRIPTION = 'Documents attached to it that you may see, newest first.';
const FILTER = { nullable: true, description: 'Which ones to list.' } as const;
const ORDER = { nullable: true, description: 'How to sort them; newest first when not given.' } as const;

@Resolver(() => Organization)
export class OrganizationDocumentsResolver {
  @FieldResolver(() => DocumentConnection, { description: DESCRIPTION })
  documents(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('filter', () => DocumentFilter, FILTER) filter: DocumentFilter | undefined,
    @Arg('orderBy', () => DocumentOrder, ORDER) orderBy: DocumentOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const args = { ...page, filter, orderBy };
    return documentsOf(context, 'Organization.documents', 'organization_id', args, organization.id);
  }
}

@Resolver(() => Contact)
export class ContactDocumentsResolver {
  @FieldResolver(() => DocumentConnection, { description: DESCRIPTION })
  documents(
    @Root() contact: Contact,
    @Args() page: PageArgs,
    @Arg('filter', () => DocumentFilter, FILTER) filter: DocumentFilter | undefined,
    @Arg('orderBy', () => DocumentOrder, ORDER) orderBy: DocumentOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return documentsOf(context, 'Contact.documents', 'contact_id', { ...page, filter, orderBy }, contact.id);
  }
}

@Resolver(() => Need)
export class NeedDocumentsResolver {
  @FieldResolver(() => DocumentConnection, { description: DESCRIPTION })
  documents(
    @Root() need: Need,
    @Args() page: PageArgs,
    @Arg('filter', () => DocumentFilter, FILTER) filter: DocumentFilter | undefined,
    @Arg('orderBy', () => DocumentOrder, ORDER) orderBy: DocumentOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return documentsOf(context, 'Need.documents', 'need_id', { ...page, filter, orderBy }, need.id);
  }
}

@Resolver(() => Project)
export class ProjectDocumentsResolver {
  @FieldResolver(() => DocumentConnection, { description: DESCRIPTION })
  documents(
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg('filter', () => DocumentFilter, FILTER) filter: DocumentFilter | undefined,
    @Arg('orderBy', () => DocumentOrder, ORDER) orderBy: DocumentOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return documentsOf(context, 'Project.documents', 'project_id', { ...page, filter, orderBy }, project.id);
  }
}

@Resolver(() => Activity)
export class ActivityDocumentsResolver {
  @FieldResolver(() => DocumentConnection, { description: DESCRIPTION })
  documents(
    @Root() activity: Activity,
    @Args() page: PageArgs,
    @Arg('filter', () => DocumentFilter, FILTER) filter: DocumentFilter | undefined,
    @Arg('orderBy', () => DocumentOrder, ORDER) orderBy: DocumentOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return documentsOf(context, 'Activity.documents', 'activity_id', { ...page, filter, orderBy }, activity.id);
  }
}
