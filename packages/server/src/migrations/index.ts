import { InitialSchema1795449600000 } from './1795449600000-initial-schema';
import { ApiTokens1795449600001 } from './1795449600001-api-tokens';

/** Every migration, oldest first. */
export const migrations = [InitialSchema1795449600000, ApiTokens1795449600001];
