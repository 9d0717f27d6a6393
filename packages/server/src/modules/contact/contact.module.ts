import { recordKinds, type DomainModule } from '../shared/domain-module';
import { Affiliation } from './affiliation.entity';
import { AffiliationResolver } from './affiliation.resolver';
import { Contact } from './contact.entity';
import { ContactResolver } from './contact.resolver';
import { CONTACT } from './contact.service';
import { ExpertContactsResolver } from './expert-contacts.resolver';
import { OrganizationContactsResolver } from './organization-contacts.resolver';

/** Contacts and their affiliations to organizations, with the relation fields on both ends. */
export const contactModule: DomainModule = {
  resolvers: [ContactResolver, AffiliationResolver, OrganizationContactsResolver, ExpertContactsResolver],
  entities: [Contact, Affiliation],
  kinds: recordKinds(CONTACT),
};
