import { recordKinds, type DomainModule } from '../shared/domain-module';
import { Lead } from './lead.entity';
import { revertLeadChange } from './lead-conversion.service';
import { LEAD } from './lead.service';
import { LeadResolver } from './lead.resolver';

/** What the lead domain contributes to the schema, the data source and the registry. */
export const leadModule: DomainModule = {
  resolvers: [LeadResolver],
  entities: [Lead],
  // The conversion's undo needs the contact and organization services, which the kind's own file does not.
  kinds: recordKinds({ ...LEAD, revert: revertLeadChange }),
};
