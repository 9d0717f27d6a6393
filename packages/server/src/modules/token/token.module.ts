import type { DomainModule } from '../shared/domain-module';
import { ApiToken } from './api-token.entity';
import { ApiTokenResolver } from './api-token.resolver';

/** API tokens. */
export const tokenModule: DomainModule = { resolvers: [ApiTokenResolver], entities: [ApiToken] };
