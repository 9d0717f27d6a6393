import type { DataSource } from 'typeorm';
import type { Logger } from '../log/logger';

/** What every resolver receives for one request. */
export interface GraphQLContext {
  requestId: string;
  dataSource: DataSource;
  logger: Logger;
}
