import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { getFragmentData, graphql } from '../../../generated';
import { countryName } from '../../../ui/countries';
import { ORGANIZATION_KIND_LABELS } from '../../organization/organizationKinds';
import type { ComparedRecord, MergeField } from '../components/MergeComparison';

const ContactMergeFields_contact = graphql(`
  fragment ContactMergeFields_contact on Contact {
    id
    name
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
    owner {
      id
      name
    }
    team {
      id
      name
    }
  }
`);

const ContactMergeComparisonQuery = graphql(`
  query ContactMergeComparison($a: ID!, $b: ID!) {
    a: contact(id: $a) {
      ...ContactMergeFields_contact
    }
    b: contact(id: $b) {
      ...ContactMergeFields_contact
    }
  }
`);

const OrganizationMergeFields_organization = graphql(`
  fragment OrganizationMergeFields_organization on Organization {
    id
    name
    version
    acronym
    kind
    country
    city
    website
    description
    owner {
      id
      name
    }
    team {
      id
      name
    }
  }
`);

const OrganizationMergeComparisonQuery = graphql(`
  query OrganizationMergeComparison($a: ID!, $b: ID!) {
    a: organization(id: $a) {
      ...OrganizationMergeFields_organization
    }
    b: organization(id: $b) {
      ...OrganizationMergeFields_organization
    }
  }
`);

export const CONTACT_MERGE_FIELDS: MergeField[] = [
  { field: 'FIRST_NAME', label: 'First name' },
  { field: 'LAST_NAME', label: 'Family name' },
  { field: 'TITLE', label: 'Title' },
  { field: 'EMAILS', label: 'Email addresses' },
  { field: 'PHONES', label: 'Phone numbers' },
  { field: 'COUNTRY', label: 'Country' },
  { field: 'EXPERTISE', label: 'Expertise' },
  { field: 'NOTES', label: 'Notes' },
  { field: 'CONSENT', label: 'Legal basis' },
  { field: 'OWNER', label: 'Owner' },
  { field: 'TEAM', label: 'Team' },
];

export const ORGANIZATION_MERGE_FIELDS: MergeField[] = [
  { field: 'NAME', label: 'Name' },
  { field: 'ACRONYM', label: 'Acronym' },
  { field: 'KIND', label: 'Kind' },
  { field: 'COUNTRY', label: 'Country' },
  { field: 'CITY', label: 'City' },
  { field: 'WEBSITE', label: 'Website' },
  { field: 'DESCRIPTION', label: 'Description' },
  { field: 'OWNER', label: 'Owner' },
  { field: 'TEAM', label: 'Team' },
];

const text = (value: string | null | undefined) => value ?? '';
const list = (values: string[] | null | undefined) => (values ?? []).join(', ');
const country = (code: string | null | undefined) => (code ? countryName(code) : '');

type Pair<T> = readonly [T, T] | null;
const pairOf = <T>(a: T | null | undefined, b: T | null | undefined): Pair<T> => (a && b ? [a, b] : null);

/** Both contacts, formatted per field, once a duplicate is chosen. */
export function useContactComparison(ids: readonly [string, string] | null): Pair<ComparedRecord> {
  const { data } = useQuery(ContactMergeComparisonQuery, {
    variables: { a: ids?.[0] ?? '', b: ids?.[1] ?? '' },
    skip: !ids,
    fetchPolicy: 'network-only',
  });
  const key = ids?.join() ?? '';
  return useMemo(() => {
    const records = pairOf(data?.a, data?.b);
    if (!records || !key) return null;
    return records
      .map((ref) => getFragmentData(ContactMergeFields_contact, ref))
      .map((contact) => ({
        id: contact.id,
        name: contact.name,
        version: contact.version,
        values: {
          FIRST_NAME: text(contact.firstName),
          LAST_NAME: contact.lastName,
          TITLE: text(contact.title),
          EMAILS: list(contact.emails),
          PHONES: list(contact.phones),
          COUNTRY: country(contact.country),
          EXPERTISE: list(contact.expertise),
          NOTES: text(contact.notes),
          CONSENT: contact.consentBasis ? `${contact.consentBasis} since ${contact.consentDate ?? '?'}` : '',
          OWNER: text(contact.owner?.name),
          TEAM: text(contact.team?.name),
        },
      })) as unknown as Pair<ComparedRecord>;
  }, [data, key]);
}

/** Both organizations, formatted per field, once a duplicate is chosen. */
export function useOrganizationComparison(ids: readonly [string, string] | null): Pair<ComparedRecord> {
  const { data } = useQuery(OrganizationMergeComparisonQuery, {
    variables: { a: ids?.[0] ?? '', b: ids?.[1] ?? '' },
    skip: !ids,
    fetchPolicy: 'network-only',
  });
  const key = ids?.join() ?? '';
  return useMemo(() => {
    const records = pairOf(data?.a, data?.b);
    if (!records || !key) return null;
    return records
      .map((ref) => getFragmentData(OrganizationMergeFields_organization, ref))
      .map((organization) => ({
        id: organization.id,
        name: organization.name,
        version: organization.version,
        values: {
          NAME: organization.name,
          ACRONYM: text(organization.acronym),
          KIND: ORGANIZATION_KIND_LABELS[organization.kind],
          COUNTRY: country(organization.country),
          CITY: text(organization.city),
          WEBSITE: text(organization.website),
          DESCRIPTION: text(organization.description),
          OWNER: text(organization.owner?.name),
          TEAM: text(organization.team?.name),
        },
      })) as unknown as Pair<ComparedRecord>;
  }, [data, key]);
}
