import { recordKinds, type DomainModule } from '../shared/domain-module';
import { Activity } from './activity.entity';
import { ActivityLink } from './activity-link.entity';
import { ActivityContact, ActivityUser } from './activity-participant.entity';
import { ACTIVITY } from './activity.service';
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

/** What the activity domain contributes to the schema, the data source and the registry. */
export const activityModule: DomainModule = {
  resolvers: [
    ActivityResolver,
    ActivityFieldsResolver,
    ActivityParticipantsResolver,
    ActivityConcernsResolver,
    ActivityLinkResolver,
    OrganizationActivitiesResolver,
    ContactActivitiesResolver,
    ProjectActivitiesResolver,
    NeedActivitiesResolver,
  ],
  entities: [Activity, ActivityContact, ActivityUser, ActivityLink],
  kinds: recordKinds(ACTIVITY),
};
