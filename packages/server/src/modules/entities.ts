import { RateLimitCounter } from '../core/http/rate-limit.entity';
import { APP_MODULES } from './app-modules';
import { Change } from './shared/change.entity';

/** Every entity of the data model, for the data source: the history's, the rate limit's and each module's. */
export const entities = [Change, RateLimitCounter, ...APP_MODULES.flatMap((module) => module.entities ?? [])];
