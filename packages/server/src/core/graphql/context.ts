import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { Logger } from '../log/logger';
import type { Loaders } from './loaders';

/** Settings of this server that the API tells its clients (each optional: the domains have defaults). */
export interface ServerSettings {
  /** The largest file a document may carry, in bytes (UPLOAD_MAX_MB). */
  uploadMaxBytes?: number;
}

/** What every resolver receives for one request. */
export interface GraphQLContext {
  requestId: string;
  dataSource: DataSource;
  logger: Logger;
  /** Null when the request carries no valid session or token. */
  viewer: Viewer | null;
  loaders: Loaders;
  settings: ServerSettings;
}
