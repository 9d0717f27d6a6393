import { Autocomplete, Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CreateContactInput } from '../../../generated/graphql';
import { DialogForm, useDialogForm } from '../../../ui/form';
import type { PickedOrganization } from '../../organization/components/OrganizationPicker';
import { duplicateEmailOf } from '../duplicateEmail';
import { useCreateContact } from '../hooks/useCreateContact';
import { COMMON_ROLES } from '../contactLabels';
import type { PickedContact } from './ContactPicker';
import { DuplicateEmailAlert } from './DuplicateEmailAlert';

export interface NewPersonValues {
  firstName: string;
  lastName: string;
  email: string;
  role: string;
  primary: boolean;
}

/** "Ada King Lovelace" → given names "Ada King", family name "Lovelace". */
function splitName(typed: string): Pick<NewPersonValues, 'firstName' | 'lastName'> {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { firstName: '', lastName: words[0] ?? '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1] };
}

/** The contact and its affiliation, as one `createContact`. */
function newPersonInput(
  values: NewPersonValues,
  organizationId: string,
  allowDuplicateEmail: boolean,
): CreateContactInput {
  const trimmed = (value: string) => value.trim() || null;
  return {
    firstName: trimmed(values.firstName),
    lastName: values.lastName.trim(),
    ...(values.email.trim() && { emails: [values.email.trim()] }),
    affiliation: { organizationId, role: trimmed(values.role), primary: values.primary },
    ...(allowDuplicateEmail && { allowDuplicateEmail: true }),
  };
}

const FIELD_LABELS = { firstName: 'First name', lastName: 'Family name', emails: 'Email', role: 'Role' };

interface NewPersonFormProps {
  organization: PickedOrganization;
  /** What was typed in the contact search. */
  typed: string;
  onClose(): void;
  /** Back to choosing an existing contact, this one if given. */
  onUseExisting(contact: PickedContact | null): void;
}

/** Someone not yet in Liaison, recorded with their affiliation to the organization in one step. */
export function NewPersonForm({ organization, typed, onClose, onUseExisting }: NewPersonFormProps) {
  const [createContact, { loading }] = useCreateContact();
  const create = async (values: NewPersonValues, allowDuplicateEmail = false) => {
    const created = await createContact(newPersonInput(values, organization.id, allowDuplicateEmail));
    notifications.show({ color: 'green', message: `${created.name} was recorded at ${organization.name}.` });
    onClose();
  };
  const { form, error, run, formProps } = useDialogForm<NewPersonValues>({
    values: { ...splitName(typed), email: '', role: '', primary: true },
    validate: {
      lastName: (value) => (value.trim() ? null : 'Enter the family name'),
      email: (value) =>
        !value.trim() || /^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter an address like ada@example.org',
    },
    onSubmit: (values) => create(values),
    formErrorsOf: ({ emails, ...fields }) => ({ ...fields, ...(emails && { email: emails }) }),
  });
  const duplicate = duplicateEmailOf(error);

  return (
    <DialogForm
      {...formProps}
      label="New person"
      submitLabel="Create and affiliate"
      submitting={loading}
      onCancel={onClose}
      error={duplicate ? null : error}
      fieldLabels={FIELD_LABELS}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="First name" autoComplete="off" data-autofocus {...form.getInputProps('firstName')} />
        <TextInput label="Family name" withAsterisk autoComplete="off" {...form.getInputProps('lastName')} />
      </SimpleGrid>
      <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps('email')} />
      {duplicate && (
        <DuplicateEmailAlert
          duplicate={duplicate}
          creating={loading}
          onCreateAnyway={() => void run(() => create(form.getValues(), true))}
          onUseExisting={onUseExisting}
        />
      )}
      <Autocomplete
        label={`Role at ${organization.name}`}
        placeholder="Researcher, director…"
        data={COMMON_ROLES}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('role')}
      />
      <Checkbox
        label="Main affiliation"
        description="Where they mainly work."
        {...form.getInputProps('primary', { type: 'checkbox' })}
      />
    </DialogForm>
  );
}
