import { Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { Contact } from '../contact/contact.entity';
import { Need } from '../need/need.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
import { recordById } from '../shared/record-loaders';
import { User } from '../user/user.entity';
import { Activity } from './activity.entity';
import { ActivityLink } from './activity-link.entity';
import { contactsOfActivity, linksOfActivity, usersOfActivity, visibleActivityById } from './activity.relations';

/** Loads records by id and leaves out the ones that are gone. */
async function present<T>(loads: Promise<(T | null | Error)[]>): Promise<T[]> {
  return (await loads).filter((row): row is T => row !== null && !(row instanceof Error));
}

@ObjectType({ description: 'Who takes part in an activity.' })
export class ActivityParticipants {
  activityId: string;
}

@ObjectType({ description: 'The records an activity concerns, by kind.' })
export class ActivityConcerns {
  activityId: string;
}

@Resolver(() => Activity)
export class ActivityFieldsResolver {
  @FieldResolver(() => ActivityParticipants, { description: 'The contacts and users who take part.' })
  participants(@Root() activity: Activity): ActivityParticipants {
    return { activityId: activity.id };
  }

  @FieldResolver(() => ActivityConcerns, {
    description: 'The organizations, contacts, projects and needs it concerns.',
  })
  concerns(@Root() activity: Activity): ActivityConcerns {
    return { activityId: activity.id };
  }

  @FieldResolver(() => [ActivityLink], { description: 'Its links to the records it concerns, oldest first.' })
  links(@Root() activity: Activity, @Ctx() context: GraphQLContext) {
    return linksOfActivity(context).load(activity.id);
  }
}

@Resolver(() => ActivityParticipants)
export class ActivityParticipantsResolver {
  @FieldResolver(() => [Contact], { description: 'Contacts taking part, in the order they were added.' })
  async contacts(@Root() participants: ActivityParticipants, @Ctx() context: GraphQLContext) {
    const rows = await contactsOfActivity(context).load(participants.activityId);
    return present(recordById(context, Contact).loadMany(rows.map((row) => row.contactId)));
  }

  @FieldResolver(() => [User], { description: 'Users (staff) taking part, in the order they were added.' })
  async users(@Root() participants: ActivityParticipants, @Ctx() context: GraphQLContext) {
    const rows = await usersOfActivity(context).load(participants.activityId);
    return present(recordById(context, User).loadMany(rows.map((row) => row.userId)));
  }
}

@Resolver(() => ActivityConcerns)
export class ActivityConcernsResolver {
  private async targets<T extends { id: string }>(
    context: GraphQLContext,
    concerns: ActivityConcerns,
    entity: new () => T,
    column: 'organizationId' | 'contactId' | 'projectId' | 'needId',
  ): Promise<T[]> {
    const links = await linksOfActivity(context).load(concerns.activityId);
    const ids = links.map((link) => link[column]).filter((id): id is string => id !== null);
    return present(recordById(context, entity).loadMany(ids));
  }

  @FieldResolver(() => [Organization], { description: 'Organizations it concerns.' })
  organizations(@Root() concerns: ActivityConcerns, @Ctx() context: GraphQLContext) {
    return this.targets(context, concerns, Organization, 'organizationId');
  }

  @FieldResolver(() => [Contact], { description: 'Contacts it concerns (participants are under `participants`).' })
  contacts(@Root() concerns: ActivityConcerns, @Ctx() context: GraphQLContext) {
    return this.targets(context, concerns, Contact, 'contactId');
  }

  @FieldResolver(() => [Project], { description: 'Projects it concerns.' })
  projects(@Root() concerns: ActivityConcerns, @Ctx() context: GraphQLContext) {
    return this.targets(context, concerns, Project, 'projectId');
  }

  @FieldResolver(() => [Need], { description: 'Needs it concerns.' })
  needs(@Root() concerns: ActivityConcerns, @Ctx() context: GraphQLContext) {
    return this.targets(context, concerns, Need, 'needId');
  }
}

@Resolver(() => ActivityLink)
export class ActivityLinkResolver extends AuthorFieldsResolver(ActivityLink) {
  @FieldResolver(() => Activity, { nullable: true, description: 'The activity (null if you may not see it).' })
  activity(@Root() link: ActivityLink, @Ctx() context: GraphQLContext) {
    return visibleActivityById(context).load(link.activityId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization, if that is the target.' })
  organization(@Root() link: ActivityLink, @Ctx() context: GraphQLContext) {
    return link.organizationId ? recordById(context, Organization).load(link.organizationId) : null;
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'The contact, if that is the target.' })
  contact(@Root() link: ActivityLink, @Ctx() context: GraphQLContext) {
    return link.contactId ? recordById(context, Contact).load(link.contactId) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project, if that is the target.' })
  project(@Root() link: ActivityLink, @Ctx() context: GraphQLContext) {
    return link.projectId ? recordById(context, Project).load(link.projectId) : null;
  }

  @FieldResolver(() => Need, { nullable: true, description: 'The need, if that is the target.' })
  need(@Root() link: ActivityLink, @Ctx() context: GraphQLContext) {
    return link.needId ? recordById(context, Need).load(link.needId) : null;
  }
}
