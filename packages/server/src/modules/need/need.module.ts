import { recordKinds, type DomainModule } from '../shared/domain-module';
import { Need } from './need.entity';
import { NEED } from './need.service';
import { OrganizationNeedsResolver, ProjectNeedsResolver } from './need-relations.resolver';
import { NeedResolver } from './need.resolver';

/** What the need domain contributes to the schema, the data source and the registry. */
export const needModule: DomainModule = {
  resolvers: [NeedResolver, OrganizationNeedsResolver, ProjectNeedsResolver],
  entities: [Need],
  kinds: recordKinds(NEED),
};
