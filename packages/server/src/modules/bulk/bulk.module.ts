import type { DomainModule } from '../shared/domain-module';
import { BulkResolver } from './bulk.resolver';
import { UserOwnedRecordsResolver } from './owned-records.relations';

/** Bulk actions on a selection of records of every owned kind: reassign, tag and untag. */
export const bulkModule: DomainModule = { resolvers: [BulkResolver, UserOwnedRecordsResolver] };
