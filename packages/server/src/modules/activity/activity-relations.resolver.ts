import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import { Contact } from '../contact/contact.entity';
import { Need } from '../need/need.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';
import { ActivityFilter, ActivityOrder } from './activity.inputs';
import { ActivityConnection } from './activity.resolver';
import { activitiesOf } from './activity.relations';

/** Activities linked to a contact, or in which it takes part: one row per (activity, contact). */
const CONTACT_ACTIVITIES = `(SELECT activity_id, contact_id FROM activity_links WHERE contact_id IS NOT NULL
  UNION SELECT activity_id, contact_id FROM activity_contacts)`;

const LINKS = 'activity_links';
const DESCRIPTION = 'Activities concerning it that you may see, newest first.';
const FILTER = { nullable: true, description: 'Which ones to list.' } as const;
const ORDER = { nullable: true, description: 'How to sort them; newest first when not given.' } as const;

@Resolver(() => Organization)
export class OrganizationActivitiesResolver {
  @FieldResolver(() => ActivityConnection, { description: DESCRIPTION })
  activities(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('filter', () => ActivityFilter, FILTER) filter: ActivityFilter | undefined,
    @Arg('orderBy', () => ActivityOrder, ORDER) orderBy: ActivityOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const args = { ...page, filter, orderBy };
    return activitiesOf(context, 'Organization.activities', [LINKS, 'p.organization_id'], args, organization.id);
  }
}

@Resolver(() => Contact)
export class ContactActivitiesResolver {
  @FieldResolver(() => ActivityConnection, {
    description: 'Activities concerning this contact or in which they take part, that you may see; newest first.',
  })
  activities(
    @Root() contact: Contact,
    @Args() page: PageArgs,
    @Arg('filter', () => ActivityFilter, FILTER) filter: ActivityFilter | undefined,
    @Arg('orderBy', () => ActivityOrder, ORDER) orderBy: ActivityOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const args = { ...page, filter, orderBy };
    return activitiesOf(context, 'Contact.activities', [CONTACT_ACTIVITIES, 'p.contact_id'], args, contact.id);
  }
}

@Resolver(() => Project)
export class ProjectActivitiesResolver {
  @FieldResolver(() => ActivityConnection, { description: DESCRIPTION })
  activities(
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg('filter', () => ActivityFilter, FILTER) filter: ActivityFilter | undefined,
    @Arg('orderBy', () => ActivityOrder, ORDER) orderBy: ActivityOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const args = { ...page, filter, orderBy };
    return activitiesOf(context, 'Project.activities', [LINKS, 'p.project_id'], args, project.id);
  }
}

@Resolver(() => Need)
export class NeedActivitiesResolver {
  @FieldResolver(() => ActivityConnection, { description: DESCRIPTION })
  activities(
    @Root() need: Need,
    @Args() page: PageArgs,
    @Arg('filter', () => ActivityFilter, FILTER) filter: ActivityFilter | undefined,
    @Arg('orderBy', () => ActivityOrder, ORDER) orderBy: ActivityOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const args = { ...page, filter, orderBy };
    return activitiesOf(context, 'Need.activities', [LINKS, 'p.need_id'], args, need.id);
  }
}
