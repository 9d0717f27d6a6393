import type { DomainModule } from '../shared/domain-module';
import { VersionResolver } from './version.resolver';

/** The server's version. */
export const systemModule: DomainModule = { resolvers: [VersionResolver] };
