import { recordKinds, type AnyRecordKind, type DomainModule } from '../shared/domain-module';
import { Activity } from './activity.entity';
import { ActivityLink, addConcernedKindColumns } from './activity-link.entity';
import { addConcernedKindInputs } from './activity-link.inputs';
import { addConcerningFilterFields } from './activity.inputs';
import { ActivityContact, ActivityUser } from './activity-participant.entity';
import { ACTIVITY } from './activity.service';
import {
  addConcernedKindFields,
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

/**
 * The kinds activities can concern (`linkable.activities`), each a column of `activity_links`
 * and a field of the inputs and outputs that name it: the registry calls this as it loads.
 */
export function concernKinds(kinds: readonly AnyRecordKind[]): void {
  addConcernedKindColumns(kinds);
  addConcernedKindInputs(kinds);
  addConcerningFilterFields(kinds);
  addConcernedKindFields(kinds);
}
