import type { ResolverClass } from '../../core/graphql/build-schema';
import {
  ActivityConcernsResolver,
  ActivityFieldsResolver,
  ActivityLinkResolver,
  ActivityParticipantsResolver,
} from './activity-fields.resolver';
import {
  ContactActivitiesResolver,
  NeedActivitiesResolver,
  OrganizationActivitiesResolver,
  ProjectActivitiesResolver,
  UserActivitiesResolver,
} from './activity-relations.resolver';
import { ActivityResolver } from './activity.resolver';

/** Every resolver class of the activity domain, for the schema. */
export const activityResolvers: ResolverClass[] = [
  ActivityResolver,
  ActivityFieldsResolver,
  ActivityParticipantsResolver,
  ActivityConcernsResolver,
  ActivityLinkResolver,
  OrganizationActivitiesResolver,
  ContactActivitiesResolver,
  ProjectActivitiesResolver,
  NeedActivitiesResolver,
  UserActivitiesResolver,
];
