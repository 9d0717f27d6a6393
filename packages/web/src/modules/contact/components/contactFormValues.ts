import type { ConflictFieldSpec } from '../../../ui/conflict';
import { countryName } from '../../../ui/countries';
import type {
  ConsentBasis,
  ContactForm_ContactFragment,
  CreateContactInput,
  UpdateContactInput,
} from '../../../generated/graphql';
import { CONSENT_BASIS_LABELS } from '../contactLabels';

/** What the form edits; empty strings stand for "none". */
export interface ContactFormValues {
  firstName: string;
  lastName: string;
  title: string;
  emails: string[];
  phones: string[];
  country: string | null;
  expertise: string[];
  notes: string;
  consentBasis: ConsentBasis | null;
  consentDate: string;
  consentSource: string;
  /** New contacts: where they work, affiliated with the contact when it is created. */
  organization: { id: string; name: string } | null;
  role: string;
  /** New contacts: the user confirmed that another contact may have the same email address. */
  allowDuplicateEmail: boolean;
  /** The version of the record the input is based on (edits): sent with the update, so that the server detects a conflict. */
  baseVersion: number | null;
}

/** How the form names its fields, for error summaries. */
export const CONTACT_FIELD_LABELS: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Family name',
  title: 'Title',
  emails: 'Email addresses',
  phones: 'Phone numbers',
  country: 'Country',
  expertise: 'Expertise',
  notes: 'Notes',
  consentBasis: 'Legal basis',
  consentDate: 'Since',
  consentSource: 'Source',
  organization: 'Organization',
  role: 'Role',
};

const orDash = (value: string | null | undefined) => (value?.trim() ? value : '—');
const list = (values: string[]) => orDash(values.join(', '));

/** The fields compared when someone else saved the contact meanwhile. */
export const CONTACT_CONFLICT_FIELDS: ConflictFieldSpec<ContactFormValues>[] = [
  { key: 'firstName', label: 'First name' },
  { key: 'lastName', label: 'Family name' },
  { key: 'title', label: 'Title' },
  { key: 'emails', label: 'Email addresses', format: list },
  { key: 'phones', label: 'Phone numbers', format: list },
  { key: 'country', label: 'Country', format: (country) => orDash(country && countryName(country)) },
  { key: 'expertise', label: 'Expertise', format: list },
  { key: 'notes', label: 'Notes' },
  { key: 'consentBasis', label: 'Legal basis', format: (basis) => orDash(basis && CONSENT_BASIS_LABELS[basis]) },
  { key: 'consentDate', label: 'Since' },
  { key: 'consentSource', label: 'Source' },
];

export function formValuesOf(contact?: ContactForm_ContactFragment | null): ContactFormValues {
  return {
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    title: contact?.title ?? '',
    emails: [...(contact?.emails ?? [])],
    phones: [...(contact?.phones ?? [])],
    country: contact?.country ?? null,
    expertise: [...(contact?.expertise ?? [])],
    notes: contact?.notes ?? '',
    consentBasis: contact?.consentBasis ?? null,
    consentDate: contact?.consentDate ?? '',
    consentSource: contact?.consentSource ?? '',
    organization: null,
    role: '',
    allowDuplicateEmail: false,
    baseVersion: contact?.version ?? null,
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());
const cleanList = (values: string[]) => values.map((value) => value.trim()).filter(Boolean);

/** The input of createContact, with the affiliation and the duplicate confirmation when given. */
export function toCreateInput(values: ContactFormValues): CreateContactInput {
  return {
    ...fieldsOf(values),
    ...(values.organization && {
      affiliation: { organizationId: values.organization.id, role: blankToNull(values.role), primary: true },
    }),
    ...(values.allowDuplicateEmail && { allowDuplicateEmail: true }),
  };
}

/** The contact's own fields, as both createContact and updateContact take them. */
function fieldsOf(values: ContactFormValues) {
  return {
    firstName: blankToNull(values.firstName),
    lastName: values.lastName.trim(),
    title: blankToNull(values.title),
    emails: cleanList(values.emails),
    phones: cleanList(values.phones),
    country: values.country,
    expertise: cleanList(values.expertise),
    notes: blankToNull(values.notes),
    consentBasis: values.consentBasis,
    consentDate: blankToNull(values.consentDate),
    consentSource: blankToNull(values.consentSource),
  };
}

/**
 * The input of updateContact: every field, so that a cleared one is cleared on the server too.
 * `withContactDetails` false (viewers never edit, but a form opened without the details) leaves
 * emails and phones out, so that they are not wiped.
 */
export function toUpdateInput(id: string, values: ContactFormValues, withContactDetails = true): UpdateContactInput {
  const { emails, phones, ...rest } = fieldsOf(values);
  return { id, version: values.baseVersion!, ...rest, ...(withContactDetails && { emails, phones }) };
}

/** Server messages about `emails.1` or `phones.0` belong beside the whole list. */
export function formErrorsOf(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const key = field.replace(/\.\d+$/, '');
    if (!errors[key]) errors[key] = message;
  }
  return errors;
}

/** The typed values put into the empty fields of an existing record (lists are joined). */
export function fillBlanks(existing: ContactFormValues, typed: ContactFormValues): ContactFormValues {
  const union = (a: string[], b: string[]) => [
    ...a,
    ...b.filter((value) => !a.some((known) => known.toLowerCase() === value.toLowerCase())),
  ];
  return {
    ...existing,
    firstName: existing.firstName || typed.firstName,
    lastName: existing.lastName || typed.lastName,
    title: existing.title || typed.title,
    emails: union(existing.emails, typed.emails),
    phones: union(existing.phones, typed.phones),
    country: existing.country ?? typed.country,
    expertise: union(existing.expertise, typed.expertise),
    notes: existing.notes || typed.notes,
    consentBasis: existing.consentBasis ?? typed.consentBasis,
    consentDate: existing.consentDate || typed.consentDate,
    consentSource: existing.consentSource || typed.consentSource,
  };
}
