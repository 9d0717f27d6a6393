import { useMutation } from '@apollo/client/react';
import { Modal, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { DialogForm } from '../../../ui/form';
import { CreateTeamMutation, UpdateTeamMutation } from '../adminOperations';

export interface EditedTeam {
  id: string;
  code: string;
  name: string;
  description?: string | null;
  version: number;
}

const FIELD_LABELS = { code: 'Code', name: 'Name', description: 'Description' };

/** Makes a team, or renames one (`team` given). */
export function TeamFormDialog({ team, onClose }: { team?: EditedTeam; onClose(saved: boolean): void }) {
  const [code, setCode] = useState(team?.code ?? '');
  const [name, setName] = useState(team?.name ?? '');
  const [description, setDescription] = useState(team?.description ?? '');
  const [create, created] = useMutation(CreateTeamMutation);
  const [update, updated] = useMutation(UpdateTeamMutation);
  const title = team ? `Rename ${team.name}` : 'New team';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const values = { code, name, description: description || null };
    try {
      if (team) await update({ variables: { input: { id: team.id, version: team.version, ...values } } });
      else await create({ variables: { input: values } });
      onClose(true);
    } catch {
      // Shown by the form's error alert.
    }
  };

  return (
    <Modal opened onClose={() => onClose(false)} title={title}>
      <DialogForm
        label={title}
        submitLabel={team ? 'Save' : 'Create team'}
        submitting={created.loading || updated.loading}
        onSubmit={(event) => void submit(event)}
        onCancel={() => onClose(false)}
        error={created.error ?? updated.error}
        fieldLabels={FIELD_LABELS}
      >
        <TextInput
          label="Code"
          description="Short and unique: NGI_IBERGRID."
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
        />
        <TextInput label="Name" required value={name} onChange={(event) => setName(event.currentTarget.value)} />
        <Textarea
          label="Description"
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
      </DialogForm>
    </Modal>
  );
}
