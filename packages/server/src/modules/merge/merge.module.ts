import type { DomainModule } from '../shared/domain-module';
import { MergeResolver } from './merge.resolver';

/** Merging duplicate organizations and contacts. */
export const mergeModule: DomainModule = { resolvers: [MergeResolver] };
