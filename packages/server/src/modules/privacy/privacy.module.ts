import type { DomainModule } from '../shared/domain-module';
import { PrivacyResolver } from './privacy.resolver';

/** A person's data: export and erasure. */
export const privacyModule: DomainModule = { resolvers: [PrivacyResolver] };
