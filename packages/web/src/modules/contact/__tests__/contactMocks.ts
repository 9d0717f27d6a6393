import type { MockLink } from '@apollo/client/testing';
import type { CreateContactInput } from '../../../generated/graphql';
import { OrganizationPickerQuery } from '../../organization/components/OrganizationPicker';
import { SimilarContactsQuery } from '../hooks/useSimilarContacts';
import { CreateContactMutation } from '../hooks/useCreateContact';

const NOW = '2026-01-01T00:00:00.000Z';

/** A contact as the forms, the detail page and the mutations carry it. */
export function contactRecord(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Contact' as const,
    id,
    version: 1,
    name: 'Marie Curie',
    firstName: 'Marie',
    lastName: 'Curie',
    title: null,
    emails: ['marie@example.org'],
    phones: [],
    country: 'FR',
    expertise: [],
    notes: null,
    consentBasis: null,
    consentDate: null,
    consentSource: null,
    createdAt: NOW,
    updatedAt: NOW,
    tags: [],
    owner: null,
    team: null,
    updatedBy: null,
    ...overrides,
  };
}

/** The duplicate check finds nobody, however often it asks. */
export const noSimilarContacts: MockLink.MockedResponse = {
  request: { query: SimilarContactsQuery, variables: () => true },
  result: { data: { similarContacts: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The organization picker offers one organization, however often it asks. */
export const organizationPickerMock: MockLink.MockedResponse = {
  request: { query: OrganizationPickerQuery, variables: () => true },
  result: {
    data: {
      organizations: {
        __typename: 'OrganizationConnection',
        nodes: [{ __typename: 'Organization', id: 'org-1', name: 'Institut Curie', acronym: null, country: 'FR' }],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export function createContactRefused(input: CreateContactInput, fields: Record<string, string[]>) {
  return {
    request: { query: CreateContactMutation, variables: { input } },
    result: {
      errors: [{ message: 'The input is not valid', extensions: { code: 'BAD_USER_INPUT', fields } }],
      data: null,
    },
  } satisfies MockLink.MockedResponse;
}
