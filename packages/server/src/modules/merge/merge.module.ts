import type { DomainModule } from '../shared/domain-module';
import { MergeResolver } from './merge.resolver';
import { ContactMergedIntoResolver, OrganizationMergedIntoResolver } from './merged-into.resolver';

/** Merging duplicate organizations and contacts. */
export const mergeModule: DomainModule = {
  resolvers: [MergeResolver, OrganizationMergedIntoResolver, ContactMergedIntoResolver],
};
