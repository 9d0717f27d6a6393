import type { MockLink } from '@apollo/client/testing';
import { UserOptionsQuery } from '../../bulk/hooks/useUserOptions';
import { RecordPickerQuery } from '../components/RecordPicker';

const forever = Number.POSITIVE_INFINITY;

/** The user pickers' one request: two colleagues. */
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
  maxUsageCount: forever,
};

/** The record pickers find one organization and one contact, however often they ask. */
export const recordPickerMock: MockLink.MockedResponse = {
  request: { query: RecordPickerQuery, variables: () => true },
  result: (variables: { organizations?: boolean; contacts?: boolean; projects?: boolean }) => {
    const data: Record<string, unknown> = {};
    if (variables.organizations)
      data.organizations = {
        __typename: 'OrganizationConnection',
        nodes: [{ __typename: 'Organization', id: 'org-1', name: 'CERN' }],
      };
    if (variables.contacts)
      data.contacts = {
        __typename: 'ContactConnection',
        nodes: [{ __typename: 'Contact', id: 'contact-1', name: 'Ada Lovelace' }],
      };
    if (variables.projects) data.projects = { __typename: 'ProjectConnection', nodes: [] };
    return { data };
  },
  maxUsageCount: forever,
};

const NOW = '2026-01-01T00:00:00.000Z';

/** An activity as the form and the create/update answers carry it. */
export function activityRecord(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Activity' as const,
    id,
    version: 1,
    kind: 'CALL' as const,
    subject: 'Call with CERN',
    status: 'DONE' as const,
    startsAt: NOW,
    endsAt: null,
    dueAt: null,
    location: null,
    visibility: 'EVERYONE' as const,
    description: null,
    outcome: null,
    owner: { __typename: 'User' as const, id: 'user-1', name: 'Eddie Editor' },
    ...overrides,
  };
}

/** The fields of ActivityDetails_activity beyond the form's. */
export function activityDetails(id: string, overrides: Record<string, unknown> = {}) {
  return {
    ...activityRecord(id, overrides),
    createdAt: NOW,
    updatedAt: NOW,
    team: null,
    tags: [],
    createdBy: null,
    updatedBy: null,
  };
}
