import type { DomainModule } from '../shared/domain-module';
import { LeadDuplicatesResolver } from './lead-duplicates.resolver';
import { SearchEntry } from './search-entry.entity';
import { SearchResolver } from './search.resolver';
import { SimilarContactResolver, SimilarOrganizationResolver } from './similar.resolver';

/** Search over every searchable kind of the registry, and look-alikes of organizations and contacts (of leads too). */
export const searchModule: DomainModule = {
  resolvers: [SearchResolver, SimilarOrganizationResolver, SimilarContactResolver, LeadDuplicatesResolver],
  entities: [SearchEntry],
};
