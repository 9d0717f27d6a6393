import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { PipelineSettingsPage } from '../admin/PipelineSettingsPage';
import {
  PipelineSettingsQuery,
  RemovePipelineStageMutation,
  ReorderPipelineStagesMutation,
} from '../admin/pipelineAdminOperations';

const ADMIN_SESSION = {
  ...EDITOR_SESSION,
  user: { ...EDITOR_SESSION.user, name: 'Ada Admin', role: 'ADMIN' as const },
  isAdmin: true,
};

const stage = (id: string, name: string, rottingDays: number | null = null) => ({
  __typename: 'PipelineStage' as const,
  id,
  name,
  version: 1,
  kind: 'OPEN' as const,
  probability: 10,
  rottingDays,
});

const settingsMock: MockLink.MockedResponse = {
  request: { query: PipelineSettingsQuery },
  result: {
    data: {
      pipelines: [
        {
          __typename: 'Pipeline',
          id: 'pipe-outreach',
          name: 'Outreach',
          version: 1,
          valueUnit: 'PEOPLE',
          currency: null,
          stages: [stage('st-diss', 'Dissemination'), stage('st-ind', 'Induction', 30), stage('st-train', 'Training')],
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const pipelineAnswer = (ids: string[]) => ({
  data: {
    __typename: 'Mutation',
    id: 'pipe-outreach',
    stages: ids.map((id) => ({ __typename: 'PipelineStage', id })),
  },
});

describe('PipelineSettingsPage', () => {
  it('removes a stage only after asking where its records go', async () => {
    const remove = jest.fn(() => ({ data: { removePipelineStage: pipelineAnswer(['st-diss', 'st-train']).data } }));
    const { user } = renderWithProviders(<PipelineSettingsPage />, {
      session: ADMIN_SESSION,
      mocks: [
        settingsMock,
        {
          request: {
            query: RemovePipelineStageMutation,
            variables: { input: { id: 'st-ind', moveToStageId: 'st-train' } },
          },
          result: remove,
        },
      ],
    });

    const stages = await screen.findByRole('table', { name: 'Stages of Outreach' });
    expect(within(stages).getByRole('rowheader', { name: 'Induction' }).closest('tr')).toHaveTextContent('30 days');
    await user.click(screen.getByRole('button', { name: 'Remove Induction' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the stage Induction' });
    await user.click(within(dialog).getByRole('combobox', { name: /Move its records to/ }));
    await user.click(await screen.findByRole('option', { name: 'Training', hidden: true }));
    expect(screen.queryByRole('option', { name: 'Induction', hidden: true })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Remove stage' }));

    await waitFor(() => expect(remove).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('moves a stage up, sending the whole new order', async () => {
    const reorder = jest.fn(() => ({
      data: { reorderPipelineStages: pipelineAnswer(['st-diss', 'st-train', 'st-ind']).data },
    }));
    const { user } = renderWithProviders(<PipelineSettingsPage />, {
      session: ADMIN_SESSION,
      mocks: [
        settingsMock,
        {
          request: {
            query: ReorderPipelineStagesMutation,
            variables: { input: { pipelineId: 'pipe-outreach', stageIds: ['st-diss', 'st-train', 'st-ind'] } },
          },
          result: reorder,
        },
      ],
    });

    await screen.findByRole('table', { name: 'Stages of Outreach' });
    expect(screen.getByRole('button', { name: 'Move Dissemination up' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move Training up' }));
    await waitFor(() => expect(reorder).toHaveBeenCalledTimes(1));
  });

  it('offers no change to those who are not admins', async () => {
    renderWithProviders(<PipelineSettingsPage />, { mocks: [settingsMock] });
    await screen.findByRole('table', { name: 'Stages of Outreach' });
    expect(screen.queryByRole('button', { name: /Remove|Move|Add stage|Rename/ })).not.toBeInTheDocument();
  });
});
