import type { DomainModule } from '../shared/domain-module';
import { PrivacyRequest } from './privacy-request.entity';
import { PrivacyRequestResolver } from './privacy-request.resolver';
import { PrivacyResolver } from './privacy.resolver';

/** A person's data: export and erasure, and the log of those requests. */
export const privacyModule: DomainModule = {
  resolvers: [PrivacyResolver, PrivacyRequestResolver],
  entities: [PrivacyRequest],
};
