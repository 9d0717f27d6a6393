import type { ResolverClass } from '../../core/graphql/build-schema';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';

/** Every resolver class of the preference domain, for the schema. */
export const preferenceResolvers: ResolverClass[] = [NotificationPreferencesResolver];
