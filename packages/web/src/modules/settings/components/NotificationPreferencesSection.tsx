import { useMutation, useQuery } from '@apollo/client/react';
import { Select, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import type { EmailDigest, UpdateNotificationPreferencesInput } from '../../../generated/graphql';
import { SectionCard } from '../../../ui/details';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { MyNotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from '../settingsOperations';

const SWITCHES = [
  { field: 'dueTodoReminders', label: 'Remind me when one of my to-dos is due' },
  { field: 'followUpReminders', label: 'Remind me when a follow-up I planned is due' },
  { field: 'mentions', label: 'Tell me when someone mentions me or assigns me something' },
] as const;

const DIGESTS = [
  { value: 'NONE', label: 'No email' },
  { value: 'DAILY', label: 'Daily' },
  { value: 'WEEKLY', label: 'Weekly, on Mondays' },
];

/** What you want to be told about; each change is saved at once, on the server. */
export function NotificationPreferencesSection() {
  const { data, error: loadError, refetch } = useQuery(MyNotificationPreferencesQuery);
  const [update] = useMutation(UpdateNotificationPreferencesMutation, {
    update: (cache, { data: saved }) => {
      if (saved) {
        cache.writeQuery({
          query: MyNotificationPreferencesQuery,
          data: { __typename: 'Query', myNotificationPreferences: saved.updateNotificationPreferences },
        });
      }
    },
  });
  const [error, setError] = useState<unknown>(null);
  const preferences = data?.myNotificationPreferences;

  const change = async (input: UpdateNotificationPreferencesInput) => {
    setError(null);
    try {
      await update({ variables: { input } });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <SectionCard title="Notifications">
      <Text size="sm" mb="sm">
        Saved as you change them. Liaison stores these choices now; the reminders and the email digest that follow them
        arrive in a coming version.
      </Text>
      {loadError && <ErrorAlert error={loadError} onRetry={() => void refetch()} />}
      {error ? <ErrorAlert error={error} /> : null}
      {!preferences ? (
        <Skeleton height={120} aria-hidden />
      ) : (
        <Stack gap="sm">
          {SWITCHES.map(({ field, label }) => (
            <Switch
              key={field}
              label={label}
              checked={preferences[field]}
              onChange={(event) => void change({ [field]: event.currentTarget.checked })}
            />
          ))}
          <Select
            label="Email digest"
            description="A summary of what changed on the records you follow."
            data={DIGESTS}
            value={preferences.emailDigest}
            allowDeselect={false}
            maw={320}
            onChange={(value) => value && void change({ emailDigest: value as EmailDigest })}
          />
        </Stack>
      )}
    </SectionCard>
  );
}
