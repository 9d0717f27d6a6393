import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { Logger } from '../log/logger';
import type { Loaders } from './loaders';

/** What every resolver receives for one request. */
export interface GraphQLContext {
  requestId: string;
  dataSource: DataSource;
  logger: Logger;
  /** Null when the request carries no valid session or token. */
  viewer: Viewer | null;
  loaders: Loaders;
}
