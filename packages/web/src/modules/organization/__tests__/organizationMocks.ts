import type { MockLink } from '@apollo/client/testing';
import { OrganizationPickerQuery } from '../components/OrganizationPicker';
import { CreateOrganizationMutation } from '../hooks/useCreateOrganization';
import { SimilarOrganizationsQuery } from '../hooks/useSimilarOrganizations';
import type { CreateOrganizationInput } from '../../../generated/graphql';

/** The parent picker finds nothing, however often it asks. */
export const emptyPickerMock: MockLink.MockedResponse = {
  request: { query: OrganizationPickerQuery, variables: () => true },
  result: { data: { organizations: { __typename: 'OrganizationConnection', nodes: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** No organization resembles the name being typed. */
export const noSimilarOrganizationsMock: MockLink.MockedResponse = {
  request: { query: SimilarOrganizationsQuery, variables: () => true },
  result: { data: { similarOrganizations: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export function createOrganizationRefused(
  input: CreateOrganizationInput,
  fields: Record<string, string[]>,
): MockLink.MockedResponse {
  return {
    request: { query: CreateOrganizationMutation, variables: { input } },
    result: {
      errors: [{ message: 'The input is not valid', extensions: { code: 'BAD_USER_INPUT', fields } }],
      data: null,
    },
  };
}

export function createOrganizationAccepted(input: CreateOrganizationInput, id: string): MockLink.MockedResponse {
  const now = '2026-01-01T00:00:00.000Z';
  return {
    request: { query: CreateOrganizationMutation, variables: { input } },
    result: {
      data: {
        createOrganization: {
          __typename: 'Organization',
          id,
          version: 1,
          name: input.name,
          acronym: input.acronym ?? null,
          kind: input.kind,
          country: input.country ?? null,
          city: input.city ?? null,
          website: input.website ?? null,
          description: input.description ?? null,
          createdAt: now,
          updatedAt: now,
          parent: null,
          tags: [],
          owner: null,
          team: null,
          updatedBy: null,
        },
      },
    },
  };
}

/** An organization as the edit page and the update answer carry it. */
export function organizationRecord(id: string, version: number, name: string) {
  const now = '2026-01-01T00:00:00.000Z';
  return {
    __typename: 'Organization' as const,
    id,
    version,
    name,
    acronym: null,
    kind: 'UNIVERSITY' as const,
    country: 'FR',
    city: 'Lyon',
    website: null,
    description: null,
    createdAt: now,
    updatedAt: now,
    parent: null,
    tags: [],
    owner: null,
    team: null,
    updatedBy: null,
  };
}
