import { Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { Contact } from '../contact/contact.entity';
import type { AnyRecordKind } from '../shared/domain-module';
import { addFieldResolver, capitalized } from '../shared/link-fields';
import { kindLabel, kindName, kindPlural, linkField, pluralField } from '../shared/record-kind';
import { recordById } from '../shared/record-loaders';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
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
class ActivityConcerns {
  activityId: string;
}

@Resolver(() => Activity)
export class ActivityFieldsResolver {
  @FieldResolver(() => ActivityParticipants, { description: 'The contacts and users who take part.' })
  participants(@Root() activity: Activity): ActivityParticipants {
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
export class ActivityConcernsResolver {}

@Resolver(() => ActivityLink)
export class ActivityLinkResolver extends AuthorFieldsResolver(ActivityLink) {
  @FieldResolver(() => Activity, { nullable: true, description: 'The activity (null if you may not see it).' })
  activity(@Root() link: ActivityLink, @Ctx() context: GraphQLContext) {
    return visibleActivityById(context).load(link.activityId);
  }
}

/**
 * Each kind activities can concern as a list of `ActivityConcerns` (`organizations`) and as the
 * target of an `ActivityLink` (`organization`). Their records have no visibility of their own:
 * whoever sees the activity sees them.
 */
export function addConcernedKindFields(kinds: readonly AnyRecordKind[]): void {
  for (const kind of kinds) {
    if (kind.visibility) throw new Error(`${kind.type} has a visibility: activities cannot concern it yet`);
    const column = linkField(kind);
    const label = kindLabel(kind);
    const participants = kind.timeline?.participations ? ' (participants are under `participants`)' : '';
    const description = `${capitalized(kindPlural(kind))} it concerns${participants}.`;
    addFieldResolver(
      ActivityConcernsResolver,
      pluralField(kind),
      () => [kind.entity],
      { description },
      async (concerns: ActivityConcerns, context) => {
        const links = await linksOfActivity(context).load(concerns.activityId);
        const ids = links.map((link) => link[column]).filter((id): id is string => Boolean(id));
        return present(recordById(context, kind.entity).loadMany(ids));
      },
    );
    const target = { nullable: true, description: `The ${label}, if that is the target.` };
    addFieldResolver(
      ActivityLinkResolver,
      kindName(kind),
      () => kind.entity,
      target,
      (link: ActivityLink, context) => (link[column] ? recordById(context, kind.entity).load(link[column]) : null),
    );
  }
  const plurals = kinds.map(kindPlural);
  const listed = plurals.length > 1 ? `${plurals.slice(0, -1).join(', ')} and ${plurals.at(-1)}` : plurals.join('');
  addFieldResolver(
    ActivityFieldsResolver,
    'concerns',
    () => ActivityConcerns,
    { description: `The ${listed} it concerns.` },
    (activity: Activity): ActivityConcerns => ({ activityId: activity.id }),
  );
}
