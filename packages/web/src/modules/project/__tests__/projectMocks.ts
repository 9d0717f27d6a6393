import type { MockLink } from '@apollo/client/testing';
import { UserOptionsQuery } from '../../bulk/hooks/useUserOptions';
import { OrganizationPickerQuery } from '../../organization/components/OrganizationPicker';

const NOW = '2026-01-01T00:00:00.000Z';

/** The user pickers know two people, however often they ask. */
export const userOptionsMock: MockLink.MockedResponse = {
  request: { query: UserOptionsQuery },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        nodes: [
          { __typename: 'User', id: 'user-1', name: 'Eddie Editor' },
          { __typename: 'User', id: 'user-2', name: 'Ada Admin' },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The organization picker finds CERN and EMBL whatever is typed. */
export const organizationPickerMock: MockLink.MockedResponse = {
  request: { query: OrganizationPickerQuery, variables: () => true },
  result: {
    data: {
      organizations: {
        __typename: 'OrganizationConnection',
        nodes: [
          { __typename: 'Organization', id: 'org-cern', name: 'CERN', acronym: null, country: 'CH' },
          { __typename: 'Organization', id: 'org-embl', name: 'EMBL', acronym: null, country: 'DE' },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** A project as the form, the detail page and the update answer carry it. */
export function projectRecord(id: string, version: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Project' as const,
    id,
    version,
    name: 'Open Science Grid',
    acronym: 'OSG',
    kind: 'INTERNATIONAL' as const,
    status: 'ACTIVE' as const,
    startDate: '2025-01-01',
    endDate: null,
    scientificDomain: 'Physics',
    website: null,
    description: null,
    createdAt: NOW,
    updatedAt: NOW,
    owner: { __typename: 'User' as const, id: 'user-1', name: 'Eddie Editor' },
    team: null,
    updatedBy: null,
    tags: [],
    ...overrides,
  };
}

/** A link of an organization to a project, as the link mutations answer it. */
export function organizationLinkRecord(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ProjectOrganizationLink' as const,
    id: 'link-1',
    version: 1,
    role: 'PARTNER' as const,
    since: null,
    until: null,
    note: null,
    organization: { __typename: 'Organization' as const, id: 'org-cern', name: 'CERN', acronym: null, deletedAt: null },
    project: {
      __typename: 'Project' as const,
      id: 'project-1',
      name: 'Open Science Grid',
      acronym: 'OSG',
      status: 'ACTIVE' as const,
    },
    ...overrides,
  };
}
