import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { TokenScope } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { CreateApiTokenMutation, MyApiTokensQuery } from '../settingsOperations';
import { EXPIRY_CHOICES, expiryOf } from './apiTokenStatus';

interface TokenValues {
  name: string;
  scope: TokenScope;
  expiry: string;
}

interface CreateApiTokenDialogProps {
  opened: boolean;
  onClose(): void;
  /** The new token's name and secret, to show once. */
  onCreated(token: { name: string; secret: string }): void;
}

/** A new personal token: what it is for, read or write, and when it stops working. */
export function CreateApiTokenDialog({ opened, onClose, onCreated }: CreateApiTokenDialogProps) {
  const [create] = useMutation(CreateApiTokenMutation, {
    refetchQueries: [MyApiTokensQuery],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<unknown>(null);
  const form = useForm<TokenValues>({
    mode: 'controlled',
    initialValues: { name: '', scope: 'READ', expiry: '90' },
    validate: { name: (value) => (value.trim() ? null : 'Say what the token is for') },
  });

  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };

  const submit = async (values: TokenValues) => {
    setError(null);
    try {
      const { data } = await create({
        variables: { input: { name: values.name.trim(), scope: values.scope, expiresAt: expiryOf(values.expiry) } },
      });
      if (!data) return;
      onCreated({ name: data.createApiToken.token.name, secret: data.createApiToken.secret });
      close();
    } catch (caught) {
      form.setErrors(fieldErrorsOf(caught));
      setError(caught);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="New API token">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <TextInput
            label="What is it for?"
            description="To recognise it later: “nightly export to the EGI dashboard”."
            withAsterisk
            maxLength={100}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <div>
            <Text size="sm" fw={500} id="token-scope-label">
              Access
            </Text>
            <SegmentedControl
              aria-labelledby="token-scope-label"
              data={[
                { value: 'READ', label: 'Read only' },
                { value: 'WRITE', label: 'Read and write' },
              ]}
              {...form.getInputProps('scope')}
            />
            <Text size="xs" c="dimmed">
              A token never does more than your own role allows.
            </Text>
          </div>
          <Select
            label="Expires"
            data={EXPIRY_CHOICES.map(({ value, label }) => ({ value, label }))}
            allowDeselect={false}
            {...form.getInputProps('expiry')}
          />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
