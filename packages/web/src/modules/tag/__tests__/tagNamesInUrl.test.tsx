import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import type { DocumentNode } from 'graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ActivityListPage, ActivityListQuery } from '../../activity/pages/ActivityListPage';
import { DocumentListPage, DocumentListQuery } from '../../document/pages/DocumentListPage';
import { NeedListPage, NeedListQuery } from '../../need/pages/NeedListPage';
import { ProjectListPage, ProjectListQuery } from '../../project/pages/ProjectListPage';
import { organizationPickerMock, userOptionsMock } from '../../project/__tests__/projectMocks';
import { TagOptionsQuery } from '../hooks/useTagOptions';

const PARTNER = '11111111-1111-4111-8111-111111111111';

const tagOptionsMock: MockLink.MockedResponse = {
  request: { query: TagOptionsQuery },
  result: {
    data: { tags: { __typename: 'TagConnection', nodes: [{ __typename: 'Tag', id: PARTNER, label: 'Partner' }] } },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Answers only a list query that filters by the Partner tag's id: any other filter finds no answer. */
function listMock(query: DocumentNode, field: string, connection: string): MockLink.MockedResponse {
  return {
    request: {
      query,
      variables: (variables: { filter?: unknown }) =>
        JSON.stringify(variables.filter) === JSON.stringify({ tagIds: [PARTNER] }),
    },
    result: { data: { [field]: { __typename: connection, totalCount: 0, nodes: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const LISTS: [string, ComponentType, MockLink.MockedResponse, string][] = [
  ['projects', ProjectListPage, listMock(ProjectListQuery, 'projects', 'ProjectConnection'), 'project'],
  ['activities', ActivityListPage, listMock(ActivityListQuery, 'activities', 'ActivityConnection'), 'activity'],
  ['documents', DocumentListPage, listMock(DocumentListQuery, 'documents', 'DocumentConnection'), 'document'],
  ['needs', NeedListPage, listMock(NeedListQuery, 'needs', 'NeedConnection'), 'need'],
];

describe.each(LISTS)('the %s list', (path, Page, list, noun) => {
  it('reads tags by name in the URL, and old links with ids still work', async () => {
    for (const tag of ['Partner', 'partner', PARTNER]) {
      const { unmount } = renderWithProviders(<Page />, {
        mocks: [tagOptionsMock, userOptionsMock, organizationPickerMock, list],
        route: `/${path}?tag=${tag}`,
        path: `/${path}`,
      });
      expect(await screen.findByText(`No ${noun} matches these filters`)).toBeInTheDocument();
      unmount();
    }
  });
});
