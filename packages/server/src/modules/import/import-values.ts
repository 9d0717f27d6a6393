import { validate } from 'class-validator';
import { countryCode } from '../shared/countries';
import { CreateContactInput } from '../contact/contact.inputs';
import { CreateOrganizationInput } from '../organization/organization.inputs';
import { ORGANIZATION_KINDS } from '../organization/organization.entity';
import type { ImportCellError } from './import-row.entity';
import type { ImportKind, ImportMapping } from './import-job.entity';
import { foldHeader } from './import-fields';

/** One row as it will be stored: the record's fields, its references and its problems. */
export interface ConvertedRow {
  values: Record<string, unknown>;
  externalId: string | null;
  /** Contacts: their organization, by name or by external id. */
  organizationName: string | null;
  organizationExternalId: string | null;
  errors: ImportCellError[];
}

/** vtiger writes several values in one cell separated by ` |##| `. */
const MULTI_VALUE = /\s*\|##\|\s*/;
/** vtiger writes a reference as `Accounts::::Acme`. */
const REFERENCE = /^[A-Za-z]+::::/;

function cellText(value: string | undefined): string {
  return (value ?? '').replace(REFERENCE, '').trim();
}

function splitList(value: string, separators: RegExp): string[] {
  return value
    .split(MULTI_VALUE)
    .flatMap((part) => part.split(separators))
    .map((part) => part.trim())
    .filter(Boolean);
}

const KIND_BY_NAME = new Map(
  ORGANIZATION_KINDS.flatMap((kind) => [
    [foldHeader(kind), kind],
    [foldHeader(kind.replace(/_/g, ' ')), kind],
  ]),
);

function websiteOf(value: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
}

/** The first and last names of "Ada Lovelace", "Lovelace, Ada" or "Lovelace". */
function splitName(value: string): { firstName: string | null; lastName: string } {
  const comma = value.indexOf(',');
  if (comma > 0) return { lastName: value.slice(0, comma).trim(), firstName: value.slice(comma + 1).trim() || null };
  const parts = value.split(/\s+/);
  const lastName = parts.pop()!;
  return { firstName: parts.join(' ') || null, lastName };
}

/**
 * The row's cells, by field, converted to what the record stores: countries by name or code,
 * web sites without a scheme, vtiger's multi-values and references; then checked with the API's
 * own input rules, so an import accepts exactly what the forms accept.
 */
export async function convertRow(
  kind: ImportKind,
  mapping: ImportMapping,
  header: string[],
  cells: string[],
): Promise<ConvertedRow> {
  const row: ConvertedRow = {
    values: {},
    externalId: null,
    organizationName: null,
    organizationExternalId: null,
    errors: [],
  };
  const columnsOf = new Map<string, string[]>();
  const fail = (column: string | null, reason: string) => row.errors.push({ column, reason });
  const set = (field: string, column: string, value: unknown) => {
    row.values[field] = value;
    columnsOf.set(field, [...(columnsOf.get(field) ?? []), column]);
  };

  header.forEach((column, index) => {
    const field = mapping[column];
    if (!field) return;
    const raw = cells[index] ?? '';
    const text = cellText(raw);
    if (!text) return;
    switch (field) {
      case 'externalId':
        row.externalId = text;
        return;
      case 'organization':
        row.organizationName = text;
        return;
      case 'organizationExternalId':
        row.organizationExternalId = text;
        return;
      case 'country': {
        const code = countryCode(text);
        if (code) set('country', column, code);
        else fail(column, `"${text}" is not a country name or ISO code`);
        return;
      }
      case 'kind': {
        const value = KIND_BY_NAME.get(foldHeader(text));
        if (value) set('kind', column, value);
        else fail(column, `"${text}" is not a kind of organization (${ORGANIZATION_KINDS.join(', ')})`);
        return;
      }
      case 'website':
        set('website', column, websiteOf(text));
        return;
      case 'emails':
        set('emails', column, [...((row.values.emails as string[]) ?? []), ...splitList(text, /[;,\s]+/)]);
        return;
      case 'phones':
        set('phones', column, [...((row.values.phones as string[]) ?? []), ...splitList(text, /;/)]);
        return;
      case 'expertise':
        set('expertise', column, splitList(text, /[;,]/));
        return;
      case 'fullName': {
        const { firstName, lastName } = splitName(text);
        set('lastName', column, lastName);
        if (firstName) set('firstName', column, firstName);
        return;
      }
      default:
        set(field, column, text);
    }
  });

  if (kind === 'contacts') {
    for (const list of ['emails', 'phones'] as const) {
      const values = row.values[list] as string[] | undefined;
      if (values) row.values[list] = [...new Map(values.map((v) => [v.toLowerCase(), v])).values()];
    }
    if (row.values.lastName === undefined && row.values.firstName === undefined && !row.errors.length) {
      fail(null, 'the row has no name (map a column to Last name or Full name)');
      return row;
    }
  } else if (row.values.kind === undefined) {
    row.values.kind = 'other';
  }

  const input = Object.assign(
    kind === 'contacts' ? new CreateContactInput() : new CreateOrganizationInput(),
    row.values,
  );
  for (const error of await validate(input, { forbidUnknownValues: false })) {
    const columns = columnsOf.get(error.property) ?? [null];
    const reason = Object.values(error.constraints ?? {})[0] ?? `${error.property} is not valid`;
    fail(columns[0] ?? null, reason);
  }
  return row;
}
