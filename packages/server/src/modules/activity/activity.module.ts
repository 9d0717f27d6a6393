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
import { UserActivitiesResolver } from './activity-relations.resolver';
import { ActivityResolver } from './activity.resolver';
import { ContactContactDatesResolver, OrganizationContactDatesResolver } from './contact-dates.resolver';

/** What the activity domain contributes to the schema, the data source and the registry. */
export const activityModule: DomainModule = {
  resolvers: [
    ActivityResolver,
    ActivityFieldsResolver,
    ActivityParticipantsResolver,
    ActivityConcernsResolver,
    ActivityLinkResolver,
    OrganizationContactDatesResolver,
    ContactContactDatesResolver,
    UserActivitiesResolver,
  ],
  entities: [Activity, ActivityContact, ActivityUser, ActivityLink],
  kinds: recordKinds(ACTIVITY),
};
