import type { DomainModule } from '../shared/domain-module';
import { ExternalId } from './external-id.entity';
import { ImportFile } from './import-file.entity';
import { ImportJob } from './import-job.entity';
import { ImportRow } from './import-row.entity';
import { ImportResolver } from './import.resolver';

/** What the import module contributes: its operations and the tables of jobs, files, rows and external ids. */
export const importModule: DomainModule = {
  resolvers: [ImportResolver],
  entities: [ExternalId, ImportFile, ImportJob, ImportRow],
};
