import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { PipelinesQuery } from '../../pipeline/hooks/usePipelines';
import { PipelineTeamsQuery } from '../../pipeline/hooks/useTeamOptions';
import { organizationPickerMock, userOptionsMock } from '../../project/__tests__/projectMocks';
import { ProjectPickerQuery } from '../../project/components/ProjectPicker';
import { CreateOpportunityMutation } from '../hooks/useCreateOpportunity';
import { OpportunityCreateOrganizationQuery, OpportunityCreatePage } from '../pages/OpportunityCreatePage';

const stage = (id: string, name: string) => ({
  __typename: 'PipelineStage' as const,
  id,
  name,
  kind: 'OPEN' as const,
  rottingDays: null,
});

const lookups: MockLink.MockedResponse[] = [
  {
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
            stages: [stage('st-diss', 'Dissemination'), stage('st-ind', 'Induction')],
          },
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: PipelineTeamsQuery },
    result: { data: { teams: { __typename: 'TeamConnection', nodes: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  { ...userOptionsMock, maxUsageCount: Number.POSITIVE_INFINITY },
  { ...organizationPickerMock, maxUsageCount: Number.POSITIVE_INFINITY },
  {
    request: { query: ProjectPickerQuery, variables: () => true },
    result: { data: { projects: { __typename: 'ProjectConnection', nodes: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: OpportunityCreateOrganizationQuery, variables: { id: 'org-cern' } },
    result: { data: { organization: { __typename: 'Organization', id: 'org-cern', name: 'CERN' } } },
  },
];

describe('OpportunityCreatePage', () => {
  beforeEach(() => localStorage.clear());

  it('records an engagement of the organization it was started from, at the stage chosen', async () => {
    const create = jest.fn(() => ({
      data: {
        createOpportunity: {
          __typename: 'Opportunity',
          id: 'opp-9',
          title: 'Training for CERN users',
          version: 1,
          pipelineId: 'pipe-outreach',
          stageId: 'st-ind',
          expectedValue: 40,
          expectedDate: null,
          nextStep: 'Book the room',
          organization: { __typename: 'Organization', id: 'org-cern', name: 'CERN' },
          project: null,
          owner: { __typename: 'User', id: 'user-1', name: 'Eddie Editor' },
          team: null,
        },
      },
    }));
    const { user } = renderWithProviders(<OpportunityCreatePage />, {
      mocks: [
        ...lookups,
        {
          request: {
            query: CreateOpportunityMutation,
            variables: {
              input: {
                title: 'Training for CERN users',
                pipelineId: 'pipe-outreach',
                stageId: 'st-ind',
                organizationId: 'org-cern',
                expectedValue: 40,
                expectedDate: null,
                nextStep: 'Book the room',
              },
            },
          },
          result: create,
        },
      ],
      route: '/opportunities/new?organization=org-cern',
      path: '/opportunities/new',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'New engagement with CERN' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Training for CERN users');
    await user.click(screen.getByRole('combobox', { name: /Stage/ }));
    await user.click(await screen.findByRole('option', { name: 'Induction', hidden: true }));
    await user.type(screen.getByRole('textbox', { name: /Expected value/ }), '40');
    await user.type(screen.getByRole('textbox', { name: /Next step/ }), 'Book the room');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
  });

  it('asks for what is brought on board before saving', async () => {
    const { user } = renderWithProviders(<OpportunityCreatePage />, {
      mocks: lookups,
      route: '/opportunities/new?pipeline=pipe-outreach',
      path: '/opportunities/new',
    });
    await user.type(await screen.findByRole('textbox', { name: /Title/ }), 'Somebody, some day');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(
      await screen.findAllByText('Choose the organization or the project being brought on board'),
    ).not.toHaveLength(0);
  });
});
