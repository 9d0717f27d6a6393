import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { userOptionsMock } from '../../project/__tests__/projectMocks';
import { TagOptionsQuery } from '../../tag/hooks/useTagOptions';
import { BoardOpportunitiesQuery } from '../hooks/useBoardOpportunities';
import { MoveOpportunityMutation } from '../hooks/useMoveOpportunity';
import { PipelinesQuery } from '../hooks/usePipelines';
import { PipelineTeamsQuery } from '../hooks/useTeamOptions';
import { BoardTotalsQuery } from '../hooks/useStageTotals';
import { PipelinePage } from '../pages/PipelinePage';
import { withColumnLayout } from './columnLayout';

withColumnLayout();

const stage = (id: string, name: string, rottingDays: number | null = null) => ({
  __typename: 'PipelineStage' as const,
  id,
  name,
  kind: 'OPEN' as const,
  rottingDays,
});

const pipelinesMock: MockLink.MockedResponse = {
  request: { query: PipelinesQuery },
  result: {
    data: {
      pipelines: [
        {
          __typename: 'Pipeline',
          id: 'pipe-outreach',
          name: 'Outreach',
          valueUnit: 'PEOPLE',
          currency: null,
          stages: [stage('st-diss', 'Dissemination'), stage('st-ind', 'Induction', 30), stage('st-train', 'Training')],
        },
        {
          __typename: 'Pipeline',
          id: 'pipe-partner',
          name: 'Partnership',
          valueUnit: 'MONEY',
          currency: 'EUR',
          stages: [stage('st-lead', 'Lead')],
        },
      ],
    },
  },
};

const ENTERED = dayjs().subtract(3, 'day').toISOString();

const opportunity = (id: string, title: string, stageId: string) => ({
  __typename: 'Opportunity' as const,
  id,
  version: 4,
  title,
  stageId,
  stageEnteredAt: ENTERED,
  expectedValue: 12,
  expectedDate: null,
  nextStep: null,
  organization: { __typename: 'Organization' as const, id: 'org-1', name: 'Ocean Data Institute', country: 'PT' },
  owner: { __typename: 'User' as const, id: 'user-1', name: 'Eddie Editor' },
  team: null,
});

const boardMock: MockLink.MockedResponse = {
  request: { query: BoardOpportunitiesQuery, variables: { filter: { pipelineId: 'pipe-outreach' }, first: 500 } },
  result: {
    data: {
      opportunities: {
        __typename: 'OpportunityConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
        edges: [
          {
            __typename: 'OpportunityEdge',
            cursor: 'c1',
            node: opportunity('opp-1', 'Ocean data induction', 'st-diss'),
          },
          {
            __typename: 'OpportunityEdge',
            cursor: 'c2',
            node: opportunity('opp-2', 'Marine biology training', 'st-ind'),
          },
        ],
      },
    },
  },
};

const totalsMock: MockLink.MockedResponse = {
  request: { query: BoardTotalsQuery, variables: { filter: { pipelineId: 'pipe-outreach' } } },
  result: {
    data: {
      opportunityTotals: [
        { __typename: 'OpportunityStageTotal', stageId: 'st-diss', count: 700, value: 8400 },
        { __typename: 'OpportunityStageTotal', stageId: 'st-ind', count: 1, value: 12 },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const lookups: MockLink.MockedResponse[] = [
  totalsMock,
  userOptionsMock,
  {
    request: { query: TagOptionsQuery },
    result: { data: { tags: { __typename: 'TagConnection', nodes: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: PipelineTeamsQuery },
    result: { data: { teams: { __typename: 'TeamConnection', nodes: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

const moveMock = (stageId: string, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: MoveOpportunityMutation, variables: { input: { id: 'opp-1', version: 4, stageId } } },
  result,
});

const column = (name: string) => screen.getByRole('region', { name });
const titlesIn = (name: string) =>
  within(column(name))
    .queryAllByRole('article')
    .map((article) => article.getAttribute('aria-label'));

function renderPage(move: MockLink.MockedResponse) {
  return renderWithProviders(<PipelinePage />, {
    mocks: [pipelinesMock, boardMock, ...lookups, move],
    route: '/pipeline',
    path: '/pipeline',
  });
}

describe('PipelinePage', () => {
  it('shows the first pipeline as a board of engagements and saves a move made with the menu', async () => {
    const { user } = renderPage(
      moveMock('st-train', {
        data: {
          moveOpportunity: {
            __typename: 'Opportunity',
            id: 'opp-1',
            version: 5,
            stageId: 'st-train',
            stageEnteredAt: dayjs().toISOString(),
            daysInStage: 0,
            isRotting: false,
            lostReason: null,
            stage: { __typename: 'PipelineStage', id: 'st-train', name: 'Training' },
          },
        },
      }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Outreach pipeline' })).toBeInTheDocument();
    await waitFor(() => expect(titlesIn('Dissemination')).toEqual(['Ocean data induction']));
    expect(screen.getByText('2 engagements.')).toBeInTheDocument();
    expect(within(column('Induction')).getByTestId('column-totals')).toHaveTextContent('1 engagement · 12 people');

    await user.click(screen.getByRole('button', { name: 'Move “Ocean data induction” to stage…' }));
    await user.click(screen.getByRole('menuitem', { name: 'Training' }));

    await waitFor(() => expect(titlesIn('Training')).toEqual(['Ocean data induction']));
    expect(titlesIn('Dissemination')).toEqual([]);
    expect(within(column('Training')).getByRole('article')).toHaveTextContent('today in stage');
  });

  it('puts the card back and opens the conflict dialog when someone moved it meanwhile', async () => {
    const { user } = renderPage(
      moveMock('st-ind', {
        errors: [
          {
            message: 'Opportunity opp-1 was changed by someone else',
            extensions: { code: 'CONFLICT', current: { id: 'opp-1', stageId: 'st-train', version: 6 } },
          },
        ],
      }),
    );
    await waitFor(() => expect(titlesIn('Dissemination')).toEqual(['Ocean data induction']));

    await user.click(screen.getByRole('button', { name: 'Move “Ocean data induction” to stage…' }));
    await user.click(screen.getByRole('menuitem', { name: 'Induction' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    const row = within(dialog).getByRole('row', { name: /Stage/ });
    expect(row).toHaveTextContent('Dissemination');
    expect(row).toHaveTextContent('Training');
    expect(row).toHaveTextContent('Induction');
    await waitFor(() => expect(titlesIn('Dissemination')).toEqual(['Ocean data induction']));
    expect(titlesIn('Induction')).toEqual(['Marine biology training']);
  });

  it('says why a refused move did not happen and puts the card back', async () => {
    const { user } = renderPage(
      moveMock('st-ind', {
        errors: [{ message: 'You are not allowed to do this', extensions: { code: 'FORBIDDEN' } }],
      }),
    );
    await waitFor(() => expect(titlesIn('Dissemination')).toEqual(['Ocean data induction']));

    await user.click(screen.getByRole('button', { name: 'Move “Ocean data induction” to stage…' }));
    await user.click(screen.getByRole('menuitem', { name: 'Induction' }));

    expect(await screen.findByText(/“Ocean data induction” was not moved/)).toBeInTheDocument();
    await waitFor(() => expect(titlesIn('Dissemination')).toEqual(['Ocean data induction']));
  });

  it('counts the columns as the server does while the cards are still loading', async () => {
    const firstPage = boardMock.result as { data: { opportunities: Record<string, unknown> } };
    renderWithProviders(<PipelinePage />, {
      mocks: [
        pipelinesMock,
        {
          request: boardMock.request,
          result: {
            data: {
              opportunities: {
                ...firstPage.data.opportunities,
                totalCount: 701,
                pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'c2' },
              },
            },
          },
        },
        {
          request: {
            query: BoardOpportunitiesQuery,
            variables: { filter: { pipelineId: 'pipe-outreach' }, first: 500, after: 'c2' },
          },
          result: firstPage,
          delay: 60_000,
        },
        ...lookups,
      ],
      route: '/pipeline',
      path: '/pipeline',
    });

    await waitFor(() => expect(titlesIn('Dissemination')).toEqual(['Ocean data induction']));
    expect(within(column('Dissemination')).getByTestId('column-totals')).toHaveTextContent(
      '700 engagements · 8,400 people',
    );
    expect(screen.getByText('Loading 701 engagements: 2 so far…')).toBeInTheDocument();
  });
  it('opens a report cell on the pipeline it names, with exactly its filter, until Show all', async () => {
    const drill = { entered: { pipelineId: 'pipe-partner', stageIds: ['st-lead'] } };
    const connection = (title: string) => ({
      data: {
        opportunities: {
          __typename: 'OpportunityConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
          edges: [{ __typename: 'OpportunityEdge', cursor: 'c1', node: opportunity('opp-9', title, 'st-lead') }],
        },
      },
    });
    const partnerTotals = (filter: object): MockLink.MockedResponse => ({
      request: { query: BoardTotalsQuery, variables: { filter } },
      result: { data: { opportunityTotals: [] } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    });
    const drilled = { ...drill, pipelineId: 'pipe-partner' };
    const { user } = renderWithProviders(<PipelinePage />, {
      mocks: [
        pipelinesMock,
        ...lookups,
        partnerTotals(drilled),
        partnerTotals({ pipelineId: 'pipe-partner' }),
        {
          request: { query: BoardOpportunitiesQuery, variables: { filter: drilled, first: 500 } },
          result: connection('Counted by the report'),
        },
        {
          request: {
            query: BoardOpportunitiesQuery,
            variables: { filter: { pipelineId: 'pipe-partner' }, first: 500 },
          },
          result: connection('Every partnership'),
        },
      ],
      route: `/pipeline?drill=${encodeURIComponent(JSON.stringify(drill))}`,
      path: '/pipeline/:pipelineId?',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Partnership pipeline' })).toBeInTheDocument();
    await waitFor(() => expect(titlesIn('Lead')).toEqual(['Counted by the report']));
    expect(screen.getByText('The records of a report cell')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(titlesIn('Lead')).toEqual(['Every partnership']));
    expect(screen.queryByText('The records of a report cell')).not.toBeInTheDocument();
  });
});
