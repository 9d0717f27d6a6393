import type { DomainModule } from '../shared/domain-module';
import { SearchEntry } from './search-entry.entity';
import { SearchResolver } from './search.resolver';
import { SimilarContactResolver, SimilarOrganizationResolver } from './similar.resolver';

/** Search over every searchable kind of the registry, and look-alikes of organizations and contacts. */
export const searchModule: DomainModule = {
  resolvers: [SearchResolver, SimilarOrganizationResolver, SimilarContactResolver],
  entities: [SearchEntry],
};
