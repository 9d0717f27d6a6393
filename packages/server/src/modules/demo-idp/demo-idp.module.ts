import type { DomainModule } from '../shared/domain-module';
import { OidcPayload } from './oidc-payload.entity';

/** The demo identity provider: no GraphQL, its routes are mounted by the HTTP server; its store. */
export const demoIdpModule: DomainModule = { resolvers: [], entities: [OidcPayload] };
