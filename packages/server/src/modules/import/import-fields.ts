import type { ImportKind } from './import-job.entity';

/** A field a column can go to, and the headers that name it (Liaison's export, vtiger 8, synonyms). */
export interface ImportField {
  name: string;
  label: string;
  /** Several columns may go to it (emails, phones): their values are added up. */
  multiple?: boolean;
  headers: string[];
}

const EXTERNAL_ID_HEADERS = ['External Id', 'External ID', 'Id', 'Record Id', 'Source Id', 'Legacy Id'];

const ORGANIZATION_FIELDS: ImportField[] = [
  {
    name: 'name',
    label: 'Name',
    headers: [
      'Name',
      'Organization Name',
      'Organisation Name',
      'Account Name',
      'Organization',
      'Organisation',
      'Company',
      'Company Name',
      'Institution',
    ],
  },
  { name: 'acronym', label: 'Acronym', headers: ['Acronym', 'Short Name', 'Abbreviation', 'Ticker Symbol'] },
  { name: 'kind', label: 'Kind', headers: ['Kind', 'Organization Kind', 'Organization Type', 'Category'] },
  {
    name: 'country',
    label: 'Country',
    headers: ['Country', 'Billing Country', 'Shipping Country', 'Country Code', 'Address Country'],
  },
  { name: 'city', label: 'City', headers: ['City', 'Billing City', 'Shipping City', 'Town', 'Address City'] },
  {
    name: 'website',
    label: 'Web site',
    headers: ['Web site', 'Website', 'Web', 'URL', 'Homepage', 'Home Page', 'Site'],
  },
  { name: 'description', label: 'Description', headers: ['Description', 'Notes', 'About'] },
  {
    name: 'externalId',
    label: 'External id',
    headers: [
      'Organization No',
      'Organisation No',
      'Account No',
      'Account Id',
      'Organization Id',
      ...EXTERNAL_ID_HEADERS,
    ],
  },
];

const CONTACT_FIELDS: ImportField[] = [
  { name: 'firstName', label: 'First name', headers: ['First Name', 'Firstname', 'Given Name', 'Forename', 'Prénom'] },
  { name: 'lastName', label: 'Last name', headers: ['Last Name', 'Lastname', 'Family Name', 'Surname', 'Nom'] },
  { name: 'fullName', label: 'Full name (split into first and last)', headers: ['Name', 'Full Name', 'Contact Name'] },
  { name: 'title', label: 'Title', headers: ['Title', 'Job Title', 'Position', 'Function', 'Role Title'] },
  {
    name: 'emails',
    label: 'Email',
    multiple: true,
    headers: [
      'Email',
      'E-mail',
      'Email Address',
      'Emails',
      'Work Email',
      'Primary Email',
      'Secondary Email',
      'Other Email',
      'Email 2',
    ],
  },
  {
    name: 'phones',
    label: 'Phone',
    multiple: true,
    headers: [
      'Phone',
      'Office Phone',
      'Work Phone',
      'Mobile',
      'Mobile Phone',
      'Cell',
      'Cell Phone',
      'Home Phone',
      'Other Phone',
      'Phones',
      'Telephone',
      'Tel',
    ],
  },
  {
    name: 'country',
    label: 'Country',
    headers: ['Country', 'Mailing Country', 'Other Country', 'Country Code', 'Address Country'],
  },
  { name: 'expertise', label: 'Expertise', headers: ['Expertise', 'Topics', 'Skills', 'Keywords'] },
  { name: 'notes', label: 'Notes', headers: ['Notes', 'Description', 'Comments'] },
  {
    name: 'organization',
    label: 'Organization (by name)',
    headers: [
      'Organization',
      'Organization Name',
      'Organisation',
      'Organisation Name',
      'Account Name',
      'Account',
      'Company',
      'Company Name',
      'Accounts::::Name',
      'Employer',
      'Institution',
    ],
  },
  {
    name: 'organizationExternalId',
    label: 'Organization (by external id)',
    headers: [
      'Organization No',
      'Organisation No',
      'Account No',
      'Account Id',
      'Organization Id',
      'Organization External Id',
    ],
  },
  { name: 'externalId', label: 'External id', headers: ['Contact No', 'Contact Id', ...EXTERNAL_ID_HEADERS] },
];

export const IMPORT_FIELDS: Record<ImportKind, ImportField[]> = {
  organizations: ORGANIZATION_FIELDS,
  contacts: CONTACT_FIELDS,
};

/** A header as compared: lower case, letters and digits only ("E-mail" = "email"). */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The field each column goes to when nobody says otherwise; the first, best named column wins a single field. */
export function suggestMapping(kind: ImportKind, headers: string[]): Record<string, string | null> {
  const fields = IMPORT_FIELDS[kind];
  const candidates = headers.map((header) => {
    const folded = foldHeader(header);
    let best: { field: ImportField; rank: number } | null = null;
    for (const field of fields) {
      const rank = field.headers.findIndex((known) => foldHeader(known) === folded);
      if (rank >= 0 && (!best || rank < best.rank)) best = { field, rank };
    }
    return { header, best };
  });
  const taken = new Map<string, number>();
  const ordered = [...candidates].filter((c) => c.best).sort((a, b) => a.best!.rank - b.best!.rank);
  const mapping: Record<string, string | null> = Object.fromEntries(headers.map((header) => [header, null]));
  for (const { header, best } of ordered) {
    const field = best!.field;
    if (!field.multiple && taken.has(field.name)) continue;
    taken.set(field.name, best!.rank);
    mapping[header] = field.name;
  }
  // A contact file with first and last names does not also need "Name" split.
  if (kind === 'contacts' && taken.has('lastName')) {
    for (const header of headers) if (mapping[header] === 'fullName') mapping[header] = null;
  }
  return mapping;
}
