import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Skeleton, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { SectionCard } from '../../../ui/details';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { MyProfileQuery, UpdateMyProfileMutation } from '../settingsOperations';

const ROLE_WORDS = {
  ADMIN: 'Admin: everything, including users, teams and privacy requests.',
  EDITOR: 'Editor: records and changes organizations, contacts, activities and the rest.',
  VIEWER: 'Viewer: reads everything you may see, changes nothing.',
} as const;

interface ProfileValues {
  name: string;
  expertise: string[];
}

/** Your display name and expertise; email and role shown, as the identity provider and the admins set them. */
export function ProfileSection() {
  const { data, error: loadError, refetch } = useQuery(MyProfileQuery);
  const [update] = useMutation(UpdateMyProfileMutation);
  const [error, setError] = useState<unknown>(null);
  const me = data?.me;
  const form = useForm<ProfileValues>({
    mode: 'controlled',
    initialValues: { name: '', expertise: [] },
    validate: { name: (value) => (value.trim() ? null : 'Say how colleagues should see your name') },
  });
  const { setInitialValues, setValues } = form;
  useEffect(() => {
    if (!me) return;
    setInitialValues({ name: me.name, expertise: [...me.expertise] });
    setValues({ name: me.name, expertise: [...me.expertise] });
  }, [me, setInitialValues, setValues]);

  const save = async (values: ProfileValues) => {
    if (!me) return;
    setError(null);
    try {
      await update({ variables: { input: { version: me.version, name: values.name, expertise: values.expertise } } });
      form.resetDirty();
      notifications.show({ color: 'green', title: 'Profile saved', message: 'Colleagues now see these details.' });
    } catch (caught) {
      form.setErrors(fieldErrorsOf(caught));
      setError(caught);
    }
  };

  return (
    <SectionCard title="Profile">
      {loadError && <ErrorAlert error={loadError} onRetry={() => void refetch()} />}
      {!me ? (
        <Skeleton height={160} aria-hidden />
      ) : (
        <form onSubmit={form.onSubmit(save)} noValidate>
          <Stack gap="sm">
            <TextInput
              label="Display name"
              description="How colleagues see you in Liaison; signing in keeps it once you set it here."
              withAsterisk
              maxLength={200}
              {...form.getInputProps('name')}
            />
            <TagsInput
              label="Your expertise"
              description="Topics you know about, so that colleagues can find you (press Enter after each)."
              maxTags={50}
              clearable
              {...form.getInputProps('expertise')}
            />
            <div>
              <Text size="sm" fw={500}>
                Email
              </Text>
              <Text size="sm">{me.email ?? 'None given by your identity provider'}</Text>
            </div>
            <div>
              <Text size="sm" fw={500}>
                Role
              </Text>
              <Text size="sm">{ROLE_WORDS[me.role]}</Text>
              <Text size="xs" c="dimmed">
                An admin sets roles.
              </Text>
            </div>
            {error ? <ErrorAlert error={error} /> : null}
            <Group>
              <Button type="submit" loading={form.submitting} disabled={!form.isDirty()}>
                Save profile
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </SectionCard>
  );
}
