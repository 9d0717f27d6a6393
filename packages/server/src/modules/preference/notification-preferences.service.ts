import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../core/graphql/errors';
import { NotificationPreferences } from './notification-preferences.entity';
import type { UpdateNotificationPreferencesInput } from './notification-preferences.inputs';

/** A user's preferences, or the defaults (not stored) when they never changed them. */
export async function preferencesOf(manager: EntityManager, userId: string): Promise<NotificationPreferences> {
  const stored = await manager.findOne(NotificationPreferences, { where: { userId } });
  if (stored) return stored;
  return Object.assign(new NotificationPreferences(), {
    userId,
    updatedAt: null,
    dueTodoReminders: true,
    followUpReminders: true,
    mentions: true,
    emailDigest: 'weekly',
  });
}

/** Changes the given preferences of a user; a field sent as null is refused rather than guessed. */
export async function updatePreferences(
  manager: EntityManager,
  userId: string,
  input: UpdateNotificationPreferencesInput,
): Promise<NotificationPreferences> {
  for (const [field, value] of Object.entries(input)) {
    if (value === null) throw BadUserInputError.field(field, 'cannot be null: leave it out to keep it');
  }
  const current = await preferencesOf(manager, userId);
  const patch = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  await manager.upsert(NotificationPreferences, { ...current, ...patch, userId, updatedAt: new Date() }, ['userId']);
  return manager.findOneOrFail(NotificationPreferences, { where: { userId } });
}
