import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../../ui/errors/describeError';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { PRIVATE, SharingFields, sharingInput, type Sharing } from '../../savedView/components/SharingFields';
import { CreateDashboard } from '../dashboardOperations';

/** Names a new, empty dashboard and its sharing, then opens it for editing. */
export function NewDashboardDialog({ onClose }: { onClose(): void }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [sharing, setSharing] = useState<Sharing>(PRIVATE);
  const [create, { loading, error }] = useMutation(CreateDashboard, { refetchQueries: ['Dashboards'] });
  const fields = error ? fieldErrorsOf(error) : {};

  const save = async () => {
    const { data } = await create({ variables: { input: { name, ...sharingInput(sharing) } } });
    onClose();
    if (data?.createDashboard) void navigate(`/dashboards/${data.createDashboard.id}?edit=1`);
  };

  return (
    <Modal opened onClose={onClose} title="New dashboard">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save().catch(() => undefined);
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fields.name}
          />
          <SharingFields value={sharing} onChange={setSharing} teamError={fields.teamId} />
          {error && !Object.keys(fields).length && <p role="alert">{describeError(error).title}</p>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Create dashboard
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
