import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { TagOptionsQuery } from '../../tag/hooks/useTagOptions';
import { OpportunityDetailPage, OpportunityDetailQuery } from '../pages/OpportunityDetailPage';

const user = (id: string, name: string) => ({ __typename: 'User' as const, id, name });
const stage = (id: string, name: string) => ({ __typename: 'PipelineStage' as const, id, name });
const ENTERED = dayjs().subtract(40, 'day').startOf('day');

const change = (
  id: string,
  cause: string,
  at: string,
  from: ReturnType<typeof stage> | null,
  to: ReturnType<typeof stage>,
  reason: string | null = null,
) => ({
  __typename: 'StageChange' as const,
  id,
  cause,
  changedAt: at,
  reason,
  changedBy: user('user-2', 'Ada Admin'),
  fromStage: from,
  toStage: to,
});

const detailMock: MockLink.MockedResponse = {
  request: { query: OpportunityDetailQuery, variables: { id: 'opp-1' } },
  result: {
    data: {
      opportunity: {
        __typename: 'Opportunity',
        id: 'opp-1',
        title: 'Ocean data induction',
        version: 3,
        deletedAt: null,
        expectedValue: 25,
        expectedDate: '2026-03-01',
        nextStep: 'Plan the training days',
        lostReason: null,
        daysInStage: 40,
        isRotting: true,
        stageEnteredAt: ENTERED.toISOString(),
        createdAt: '2025-10-01T09:00:00.000Z',
        updatedAt: ENTERED.toISOString(),
        pipeline: {
          __typename: 'Pipeline',
          id: 'pipe-outreach',
          name: 'Outreach',
          valueUnit: 'PEOPLE',
          currency: null,
        },
        stage: { __typename: 'PipelineStage', id: 'st-train', name: 'Training', kind: 'OPEN', rottingDays: 30 },
        organization: { __typename: 'Organization', id: 'org-1', name: 'Ocean Data Institute' },
        project: null,
        tags: [],
        owner: user('user-1', 'Eddie Editor'),
        team: null,
        createdBy: user('user-1', 'Eddie Editor'),
        updatedBy: user('user-2', 'Ada Admin'),
        contacts: [
          {
            __typename: 'OpportunityContact',
            id: 'oc-1',
            role: 'Champion',
            contact: { __typename: 'Contact', id: 'contact-1', name: 'Grace Hopper' },
          },
        ],
        needs: [{ __typename: 'Need', id: 'need-1', title: 'Archive for sensor data', status: 'IDENTIFIED' }],
        stageChanges: [
          change('sc-1', 'CREATE', '2025-10-01T09:00:00.000Z', null, stage('st-diss', 'Dissemination')),
          change(
            'sc-2',
            'MANUAL',
            '2025-11-03T10:00:00.000Z',
            stage('st-diss', 'Dissemination'),
            stage('st-ind', 'Induction'),
          ),
          change(
            'sc-3',
            'MANUAL',
            ENTERED.toISOString(),
            stage('st-ind', 'Induction'),
            stage('st-train', 'Training'),
            'Induction workshop held',
          ),
        ],
      },
    },
  },
};

const tagOptionsMock: MockLink.MockedResponse = {
  request: { query: TagOptionsQuery },
  result: { data: { tags: { __typename: 'TagConnection', nodes: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('OpportunityDetailPage', () => {
  it('shows an engagement: its stage and time there, contacts with roles, needs, and its stage history in words', async () => {
    renderWithProviders(<OpportunityDetailPage />, {
      mocks: [detailMock, tagOptionsMock],
      route: '/opportunities/opp-1',
      path: '/opportunities/:id',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ocean data induction' })).toBeInTheDocument();
    expect(screen.getByText('Engagement')).toBeInTheDocument();
    expect(screen.getByText(`40 days in stage, since ${ENTERED.format('D MMM YYYY')}`)).toBeInTheDocument();
    expect(screen.getByText('Rotting')).toBeInTheDocument();
    expect(screen.getByText('25 people')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Grace Hopper' }).closest('li')).toHaveTextContent('Champion');
    expect(screen.getByRole('link', { name: 'Archive for sensor data' })).toHaveAttribute('href', '/needs/need-1');

    const history = screen.getByRole('heading', { name: 'Stage history' }).closest('div')!;
    const lines = within(history).getAllByRole('listitem');
    expect(lines[0]).toHaveTextContent('Created in Dissemination by Ada Admin on 1 Oct 2025');
    expect(lines[0]).toHaveTextContent('Stayed in Dissemination for 33 days');
    expect(lines[1]).toHaveTextContent('Moved from Dissemination to Induction by Ada Admin on 3 Nov 2025');
    expect(lines[2]).toHaveTextContent(
      `Moved from Induction to Training by Ada Admin on ${ENTERED.format('D MMM YYYY')} — Induction workshop held`,
    );
    expect(lines[2]).toHaveTextContent('In Training for 40 days so far');
  });
});
