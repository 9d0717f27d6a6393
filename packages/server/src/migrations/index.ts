import { InitialSchema1795449600000 } from './1795449600000-initial-schema';

/** Every migration, oldest first. */
export const migrations = [InitialSchema1795449600000];
