import { Autocomplete, Select, SimpleGrid, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { CountrySelect } from '../../../ui/CountrySelect';
import { RecordFormFrame, useRecordForm } from '../../../ui/form';
import { OrganizationPicker } from '../../organization/components/OrganizationPicker';
import { COMMON_ROLES, CONSENT_BASIS_OPTIONS } from '../contactLabels';
import { duplicateEmailOf } from '../duplicateEmail';
import { DuplicateEmailAlert } from './DuplicateEmailAlert';
import {
  CONTACT_CONFLICT_FIELDS,
  CONTACT_FIELD_LABELS,
  formErrorsOf,
  formValuesOf,
  type ContactFormValues,
} from './contactFormValues';
import { SimilarContactsWarning } from './SimilarContactsWarning';
import { DateField } from '../../../ui/DateField';

export const ContactForm_contact = graphql(`
  fragment ContactForm_contact on Contact {
    id
    version
    firstName
    lastName
    title
    emails
    phones
    country
    expertise
    notes
    consentBasis
    consentDate
    consentSource
  }
`);

export interface ContactFormProps {
  /** The contact to edit; a new one when absent. */
  contact?: FragmentType<typeof ContactForm_contact>;
  /** Saves; throws the API's error, which the form shows beside the fields or above them. */
  onSubmit(values: ContactFormValues): Promise<void>;
  /** Fetches the contact as it is now, after a CONFLICT, to compare it with the input. */
  onLoadLatest?(): Promise<FragmentType<typeof ContactForm_contact> | null | undefined>;
  /** New contacts: put the input into this existing contact instead (a duplicate was found). */
  onMergeInto?(contactId: string, values: ContactFormValues): Promise<void>;
  onCancel(): void;
  submitLabel: string;
}

/** Create or edit a contact. Input is kept as a draft until saved (see useDraft). */
export function ContactForm({
  contact: ref,
  onSubmit,
  onLoadLatest,
  onMergeInto,
  onCancel,
  submitLabel,
}: ContactFormProps) {
  const contact = getFragmentData(ContactForm_contact, ref);
  const values = formValuesOf(contact);
  const { form, draft, setError, frameProps } = useRecordForm<ContactFormValues>({
    draftKey: `contact:${contact?.id ?? 'new'}`,
    values,
    validate: {
      lastName: (value) => (value.trim() ? null : 'Enter the family name'),
      consentDate: (value, input) =>
        input.consentBasis && !value ? 'Enter when the legal basis was established' : null,
    },
    conflictFields: CONTACT_CONFLICT_FIELDS,
    onSubmit,
    loadLatest: async () => {
      const latest = getFragmentData(ContactForm_contact, await onLoadLatest?.());
      return latest ? formValuesOf(latest) : undefined;
    },
    formErrorsOf,
  });
  const [typedEmail, setTypedEmail] = useState('');
  const [merging, setMerging] = useState<string | null>(null);

  const mergeInto = async (contactId: string) => {
    if (!onMergeInto) return;
    setMerging(contactId);
    setError(null);
    try {
      await onMergeInto(contactId, form.getValues());
      draft.clear();
    } catch (caught) {
      setError(caught);
    } finally {
      setMerging(null);
    }
  };

  const { firstName, lastName, emails, organization } = form.getValues();
  const duplicate = duplicateEmailOf(frameProps.error);
  const createAnyway = () => {
    form.setFieldValue('allowDuplicateEmail', true);
    frameProps.onSubmit();
  };

  return (
    <RecordFormFrame
      {...frameProps}
      error={duplicate ? null : frameProps.error}
      submitLabel={submitLabel}
      onCancel={onCancel}
      fieldLabels={CONTACT_FIELD_LABELS}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="First name" autoComplete="off" {...form.getInputProps('firstName')} />
        <TextInput label="Family name" withAsterisk autoComplete="off" {...form.getInputProps('lastName')} />
      </SimpleGrid>
      <TextInput label="Title" placeholder="Professor, head of unit…" {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TagsInput
          label="Email addresses"
          description="Press Enter after each one."
          splitChars={[',', ' ', ';']}
          searchValue={typedEmail}
          onSearchChange={setTypedEmail}
          clearable
          {...form.getInputProps('emails')}
        />
        <TagsInput
          label="Phone numbers"
          description="Press Enter after each one."
          splitChars={[',', ';']}
          clearable
          {...form.getInputProps('phones')}
        />
      </SimpleGrid>
      {duplicate && (
        <DuplicateEmailAlert duplicate={duplicate} creating={frameProps.submitting} onCreateAnyway={createAnyway} />
      )}
      {!contact && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OrganizationPicker
            label="Organization"
            description="Where they work: the affiliation is created with the contact."
            {...form.getInputProps('organization')}
          />
          <Autocomplete
            label="Role there"
            placeholder="Researcher, director…"
            data={COMMON_ROLES}
            disabled={!organization}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
      )}
      {onMergeInto && (
        <SimilarContactsWarning
          name={`${firstName} ${lastName}`}
          email={emails[0] ?? (typedEmail.includes('@') ? typedEmail : undefined)}
          merging={merging}
          onMerge={(id) => void mergeInto(id)}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CountrySelect label="Country" {...form.getInputProps('country')} />
        <TagsInput
          label="Expertise"
          description="Topics they know about."
          clearable
          {...form.getInputProps('expertise')}
        />
      </SimpleGrid>
      <Textarea label="Notes" autosize minRows={3} maxRows={12} {...form.getInputProps('notes')} />
      <Title order={2} size="h5" mt="sm">
        Personal data
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label="Legal basis" clearable data={CONSENT_BASIS_OPTIONS} {...form.getInputProps('consentBasis')} />
        <DateField label="Since" {...form.getInputProps('consentDate')} />
        <TextInput label="Source" placeholder="Signed form, email of…" {...form.getInputProps('consentSource')} />
      </SimpleGrid>
    </RecordFormFrame>
  );
}
