import type { DomainModule } from '../shared/domain-module';
import { NotificationPreferences } from './notification-preferences.entity';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';

/** Each user's notification preferences. */
export const preferenceModule: DomainModule = {
  resolvers: [NotificationPreferencesResolver],
  entities: [NotificationPreferences],
};
