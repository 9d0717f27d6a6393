import { recordKinds, type DomainModule } from '../shared/domain-module';
import { Opportunity } from './opportunity.entity';
import { OpportunityContact } from './opportunity-contact.entity';
import {
  OpportunityContactResolver,
  OpportunityFieldsResolver,
  StageChangeResolver,
} from './opportunity-fields.resolver';
import { OpportunityNeed } from './opportunity-need.entity';
import { OpportunityLinksResolver } from './opportunity-links.resolver';
import { OrganizationOpportunitiesResolver, ProjectOpportunitiesResolver } from './opportunity-relations.resolver';
import { OpportunityResolver } from './opportunity.resolver';
import { OPPORTUNITY } from './opportunity.service';
import { StageChange } from './stage-change.entity';
import { StageRemovalResolver } from './stage-removal.resolver';

/** Opportunities moving through pipelines, with their contacts, needs and stage history. */
export const opportunityModule: DomainModule = {
  resolvers: [
    OpportunityResolver,
    OpportunityFieldsResolver,
    OpportunityContactResolver,
    StageChangeResolver,
    OrganizationOpportunitiesResolver,
    ProjectOpportunitiesResolver,
    StageRemovalResolver,
    OpportunityLinksResolver,
  ],
  entities: [Opportunity, OpportunityContact, OpportunityNeed, StageChange],
  kinds: recordKinds(OPPORTUNITY),
};
