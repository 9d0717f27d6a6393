import { recordKinds, type DomainModule } from '../shared/domain-module';
import { Organization } from './organization.entity';
import { OrganizationResolver } from './organization.resolver';
import { ORGANIZATION } from './organization.service';

/** Organizations and their hierarchy. */
export const organizationModule: DomainModule = {
  resolvers: [OrganizationResolver],
  entities: [Organization],
  kinds: recordKinds(ORGANIZATION),
};
