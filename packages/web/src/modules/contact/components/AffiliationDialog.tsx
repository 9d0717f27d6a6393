import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, Autocomplete } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { useDialogForm } from '../../../ui/form';
import { OrganizationPicker, type PickedOrganization } from '../../organization/components/OrganizationPicker';
import { useAffiliateContact, useRemoveAffiliation, useUpdateAffiliation } from '../hooks/useAffiliationMutations';
import { COMMON_ROLES } from '../contactLabels';
import { ContactPicker, type PickedContact } from './ContactPicker';
import { NewPersonForm } from './NewPersonForm';
import { DateField } from '../../../ui/DateField';

export const AffiliationFields_affiliation = graphql(`
  fragment AffiliationFields_affiliation on Affiliation {
    id
    version
    role
    primary
    since
    until
    contact {
      id
      name
    }
    organization {
      id
      name
    }
  }
`);

const FIELD_LABELS = {
  role: 'Role',
  since: 'Since',
  until: 'Until',
  primary: 'Main affiliation',
  organizationId: 'Organization',
  contactId: 'Contact',
};

interface AffiliationValues {
  contact: PickedContact | null;
  organization: PickedOrganization | null;
  role: string;
  primary: boolean;
  since: string;
  until: string;
}

export interface AffiliationDialogProps {
  opened: boolean;
  onClose(): void;
  /** The contact, fixed when the dialog opens from their page. */
  contact?: PickedContact;
  /** The organization, fixed when the dialog opens from its page. */
  organization?: PickedOrganization;
  /** The affiliation to change, end or remove; a new one when absent. */
  affiliation?: FragmentType<typeof AffiliationFields_affiliation> | null;
}

const today = () => new Date().toISOString().slice(0, 10);
const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** Affiliate a contact with an organization (role, main or not, since, until); change, end or remove one. */
export function AffiliationDialog({ opened, onClose, ...props }: AffiliationDialogProps) {
  // A fresh form each time the dialog opens.
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={props.affiliation ? 'Change the affiliation' : 'Affiliate with an organization'}
      size="lg"
    >
      {opened && <AffiliationOrNewPerson {...props} onClose={onClose} />}
    </Modal>
  );
}

/**
 * On an organization's page, someone not yet in Liaison can be created in place, with their
 * affiliation: the same dialog switches to the new person's form.
 */
function AffiliationOrNewPerson(props: Omit<AffiliationDialogProps, 'opened'>) {
  const [newPerson, setNewPerson] = useState<string | null>(null);
  const [picked, setPicked] = useState<PickedContact | null>(null);
  const { organization } = props;
  if (organization && newPerson !== null) {
    return (
      <NewPersonForm
        organization={organization}
        typed={newPerson}
        onClose={props.onClose}
        onUseExisting={(contact) => {
          setPicked(contact);
          setNewPerson(null);
        }}
      />
    );
  }
  const canCreate = Boolean(organization && !props.contact && !props.affiliation);
  return (
    <AffiliationForm
      {...props}
      initialContact={picked}
      onNewPerson={canCreate ? (typed) => setNewPerson(typed) : undefined}
    />
  );
}

interface AffiliationFormProps extends Omit<AffiliationDialogProps, 'opened'> {
  /** A contact chosen beforehand (the one who already had an email address). */
  initialContact?: PickedContact | null;
  /** Offers to create a new person instead, from what was typed in the search. */
  onNewPerson?(typed: string): void;
}

function AffiliationForm({
  contact,
  organization,
  affiliation: ref,
  onClose,
  initialContact,
  onNewPerson,
}: AffiliationFormProps) {
  const affiliation = getFragmentData(AffiliationFields_affiliation, ref);
  const [affiliate] = useAffiliateContact();
  const [update] = useUpdateAffiliation();
  const [remove] = useRemoveAffiliation();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [typed, setTyped] = useState('');
  const { form, error, run, formProps } = useDialogForm<AffiliationValues>({
    values: {
      contact: affiliation?.contact ?? contact ?? initialContact ?? null,
      organization: affiliation?.organization ?? organization ?? null,
      role: affiliation?.role ?? '',
      primary: affiliation?.primary ?? false,
      since: affiliation?.since ?? '',
      until: affiliation?.until ?? '',
    },
    validate: {
      contact: (value) => (value ? null : 'Choose the contact'),
      organization: (value) => (value ? null : 'Choose the organization'),
      until: (value, values) => (value && values.since && value < values.since ? 'Cannot be before the start' : null),
    },
    onSubmit: async (values) => {
      const attributes = {
        role: orNull(values.role),
        primary: values.primary,
        since: orNull(values.since),
        until: orNull(values.until),
      };
      if (affiliation) {
        await update(
          { id: affiliation.id, version: affiliation.version, ...attributes },
          { contactId: affiliation.contact.id, organizationId: affiliation.organization.id },
        );
        notifications.show({ color: 'green', message: 'The affiliation was saved.' });
      } else {
        await affiliate({ contactId: values.contact!.id, organizationId: values.organization!.id, ...attributes });
        notifications.show({
          color: 'green',
          message: `${values.contact!.name} is now affiliated with ${values.organization!.name}.`,
        });
      }
      onClose();
    },
    formErrorsOf: ({ organizationId, contactId, ...rest }) => ({
      ...rest,
      ...(organizationId && { organization: organizationId }),
      ...(contactId && { contact: contactId }),
    }),
  });

  const removeIt = async () => {
    if (!affiliation) return;
    setRemoving(true);
    await run(async () => {
      await remove(affiliation.id, affiliation.version);
      notifications.show({ color: 'green', message: 'The affiliation was removed.' });
      onClose();
    });
    setRemoving(false);
  };

  return (
    <form onSubmit={formProps.onSubmit} noValidate aria-label="Affiliation">
      <Stack>
        {error ? <ErrorAlert error={error} fieldLabels={FIELD_LABELS} /> : null}
        {contact || affiliation ? (
          <Text size="sm">
            <strong>Contact:</strong> {form.getValues().contact?.name}
          </Text>
        ) : (
          <Stack gap={4}>
            <ContactPicker
              label="Contact"
              withAsterisk
              data-autofocus
              // Leaving the search empties it; the name typed last is what a new person starts with.
              onSearchChange={(search) => search.trim() && setTyped(search)}
              {...form.getInputProps('contact')}
            />
            {onNewPerson && !form.getValues().contact && (
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  Not in Liaison yet?
                </Text>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconUserPlus size={16} aria-hidden />}
                  onClick={() => onNewPerson(typed)}
                >
                  {typed.trim() ? `Create “${typed.trim()}” as a new person` : 'Create a new person'}
                </Button>
              </Group>
            )}
          </Stack>
        )}
        {organization || affiliation ? (
          <Text size="sm">
            <strong>Organization:</strong> {form.getValues().organization?.name}
          </Text>
        ) : (
          <OrganizationPicker label="Organization" {...form.getInputProps('organization')} />
        )}
        <Autocomplete
          label="Role"
          placeholder="Researcher, director…"
          data={COMMON_ROLES}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('role')}
        />
        <Checkbox
          label="Main affiliation"
          description="Where they mainly work; it replaces the current main one."
          {...form.getInputProps('primary', { type: 'checkbox' })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label="Since" {...form.getInputProps('since')} />
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <DateField label="Until" style={{ flex: 1 }} {...form.getInputProps('until')} />
            {affiliation && !form.getValues().until && (
              <Button variant="default" onClick={() => form.setFieldValue('until', today())}>
                Ended today
              </Button>
            )}
          </Group>
        </SimpleGrid>
        {confirmRemove ? (
          <Group justify="space-between" role="group" aria-label="Confirm removal">
            <Text size="sm">Remove this affiliation? To keep it as past, set its end date instead.</Text>
            <Group gap="xs">
              <Button variant="default" onClick={() => setConfirmRemove(false)}>
                Keep it
              </Button>
              <Button color="red" loading={removing} onClick={() => void removeIt()}>
                Remove
              </Button>
            </Group>
          </Group>
        ) : (
          <Group justify="space-between">
            {affiliation ? (
              <Button variant="subtle" color="red" onClick={() => setConfirmRemove(true)}>
                Remove affiliation…
              </Button>
            ) : (
              <span />
            )}
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={form.submitting}>
                {affiliation ? 'Save' : 'Affiliate'}
              </Button>
            </Group>
          </Group>
        )}
      </Stack>
    </form>
  );
}
