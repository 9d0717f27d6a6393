import { Modal, SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useSession } from '../../../app/session/useSession';
import type { CreateActivityInput } from '../../../generated/graphql';
import { DialogForm } from '../../../ui/form';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { CONCERNED_KIND_LIST, CONCERNED_KINDS, type ConcernedRecord } from '../../activity/activityRecords';
import { RecordPicker } from '../../activity/components/RecordPicker';
import { UserSelect } from '../../bulk/components/UserSelect';
import { useCreateActivity } from '../../activity/hooks/useCreateActivity';
import { DateField } from '../../../ui/DateField';

interface TodoValues {
  subject: string;
  due: string;
  ownerId: string | null;
  concerning: ConcernedRecord | null;
}

/** What the short form sends: a planned to-do, due at 9:00 on its day, concerning one record. */
function todoInput(values: TodoValues): CreateActivityInput {
  const concerning = values.concerning;
  const concerns = concerning && { [`${CONCERNED_KINDS[concerning.kind].idField}s`]: [concerning.id] };
  return {
    kind: 'TODO',
    status: 'PLANNED',
    subject: values.subject.trim(),
    ...(values.due && { dueAt: new Date(`${values.due}T09:00`).toISOString() }),
    ...(values.ownerId && { ownerId: values.ownerId }),
    ...(concerns && { concerns }),
  };
}

const FIELD_LABELS = { subject: 'To-do', dueAt: 'Due', ownerId: 'Assignee', concerns: 'Concerning' };

export interface NewTodoDialogProps {
  opened: boolean;
  onClose(): void;
}

/** "New to-do": what, by when, by whom, about what; the full activity form is not needed for that. */
export function NewTodoDialog({ opened, onClose }: NewTodoDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New to-do" closeOnClickOutside={false}>
      {opened && <NewTodoForm onClose={onClose} />}
    </Modal>
  );
}

function NewTodoForm({ onClose }: { onClose(): void }) {
  const { user } = useSession();
  const [values, setValues] = useState<TodoValues>({ subject: '', due: '', ownerId: user.id, concerning: null });
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const [createActivity, { loading }] = useCreateActivity();
  const set = (patch: Partial<TodoValues>) => setValues((current) => ({ ...current, ...patch }));
  const fieldErrors = fieldErrorsOf(error);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!values.subject.trim()) return;
    setError(null);
    try {
      const created = await createActivity(todoInput(values));
      notifications.show({ color: 'green', message: `${created.subject} was added to the to-dos.` });
      onClose();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <DialogForm
      onSubmit={(event) => void save(event)}
      label="New to-do"
      submitLabel="Add to-do"
      submitting={loading}
      onCancel={onClose}
      error={error}
      fieldLabels={FIELD_LABELS}
    >
      <TextInput
        label="To-do"
        withAsterisk
        data-autofocus
        placeholder="Send the slides, call back…"
        value={values.subject}
        onChange={(event) => set({ subject: event.currentTarget.value })}
        error={fieldErrors.subject ?? (tried && !values.subject.trim() ? 'Say what is to be done' : undefined)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label="Due"

          value={values.due}
          onChange={(value) => set({ due: value })}
          error={fieldErrors.dueAt}
        />
        <UserSelect
          label="Assignee"
          value={values.ownerId}
          onChange={(ownerId) => set({ ownerId })}
          error={fieldErrors.ownerId}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <RecordPicker
        label="Concerning"
        kinds={CONCERNED_KIND_LIST}
        value={values.concerning}
        onChange={(concerning) => set({ concerning })}
      />
    </DialogForm>
  );
}
