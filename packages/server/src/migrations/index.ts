import { InitialSchema1795449600000 } from './1795449600000-initial-schema';
import { ApiTokens1795449600001 } from './1795449600001-api-tokens';
import { Search1795449600002 } from './1795449600002-search';
import { Sessions1795449600003 } from './1795449600003-sessions';
import { Privacy1795449600004 } from './1795449600004-privacy';

/** Every migration, oldest first. */
export const migrations = [
  InitialSchema1795449600000,
  ApiTokens1795449600001,
  Search1795449600002,
  Sessions1795449600003,
  Privacy1795449600004,
];
