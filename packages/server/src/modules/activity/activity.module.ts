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
} from './activity-relations.resolver';
import { ActivityResolver } from './activity.resolver';
import { ContactContactDatesResolver, OrganizationContactDatesResolver } from './contact-dates.resolver';

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
  OrganizationContactDatesResolver,
  ContactContactDatesResolver,
];
