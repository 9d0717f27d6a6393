import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ConvertLeadDialog } from '../components/ConvertLeadDialog';
import { ConversionPipelinesQuery, ConvertLeadMutation, LeadDuplicatesQuery } from '../hooks/leadOperations';

const lead = {
  id: 'lead-1',
  name: 'Klaus Weber',
  version: 4,
  email: 'k.weber@kit.example.org',
  organizationName: 'Karlsruhe Inst. of Technology',
};

const duplicates: MockLink.MockedResponse = {
  request: { query: LeadDuplicatesQuery, variables: { id: 'lead-1' } },
  result: {
    data: {
      lead: {
        __typename: 'Lead',
        id: 'lead-1',
        duplicates: {
          __typename: 'LeadDuplicates',
          contacts: [
            {
              __typename: 'SimilarContact',
              score: 2,
              sameEmail: true,
              contact: {
                __typename: 'Contact',
                id: 'contact-9',
                name: 'Klaus Weber',
                emails: ['k.weber@kit.example.org'],
                primaryOrganization: {
                  __typename: 'Organization',
                  id: 'org-7',
                  name: 'Karlsruhe Institute of Technology',
                },
              },
            },
          ],
          organizations: [
            {
              __typename: 'SimilarOrganization',
              score: 0.8,
              organization: {
                __typename: 'Organization',
                id: 'org-7',
                name: 'Karlsruhe Institute of Technology',
                country: 'DE',
              },
            },
          ],
        },
      },
    },
  },
};

const stage = (id: string, name: string, kind = 'OPEN') => ({ __typename: 'PipelineStage', id, name, kind });
const pipelines: MockLink.MockedResponse = {
  request: { query: ConversionPipelinesQuery },
  result: {
    data: {
      pipelines: [
        {
          __typename: 'Pipeline',
          id: 'pipe-1',
          name: 'Outreach',
          stages: [stage('st-1', 'Dissemination'), stage('st-2', 'Induction'), stage('st-9', 'Not pursued', 'LOST')],
        },
      ],
    },
  },
};

/** The lead as the conversion answers it, every field its page reads. */
const convertedLead = {
  __typename: 'Lead' as const,
  id: 'lead-1',
  version: 5,
  name: 'Klaus Weber',
  organizationName: 'Karlsruhe Inst. of Technology',
  email: 'k.weber@kit.example.org',
  country: null,
  source: 'EVENT',
  status: 'CONVERTED',
  interest: '',
  notes: '',
  visibility: 'EVERYONE',
  disqualifiedReason: null,
  convertedAt: '2026-12-06T05:00:00.000Z',
  convertedBy: { __typename: 'User', id: 'user-1', name: 'Eddie Editor' },
  convertedContact: { __typename: 'Contact', id: 'contact-9', name: 'Klaus Weber' },
  convertedOrganization: { __typename: 'Organization', id: 'org-7', name: 'Karlsruhe Institute of Technology' },
  convertedOpportunity: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-06T05:00:00.000Z',
  tags: [],
  owner: null,
  team: null,
  createdBy: null,
  updatedBy: null,
};

describe('ConvertLeadDialog', () => {
  it('offers the duplicates found and links the chosen contact and organization instead of creating them', async () => {
    const converted: MockLink.MockedResponse = {
      request: {
        query: ConvertLeadMutation,
        variables: { input: { id: 'lead-1', version: 4, contactId: 'contact-9', organizationId: 'org-7' } },
      },
      result: { data: { convertLead: convertedLead } },
    };
    const onClose = jest.fn();
    const { user } = renderWithProviders(<ConvertLeadDialog lead={lead} onClose={onClose} />, {
      mocks: [duplicates, pipelines, converted],
    });
    const createContact = await screen.findByRole('radio', { name: /Create a new contact: Klaus Weber/ });
    expect(createContact).toBeChecked();
    const existing = screen.getByRole('radio', { name: /Link to Klaus Weber \(Karlsruhe Institute of Technology\)/ });
    expect(screen.getByText('same email')).toBeInTheDocument();
    await user.click(existing);
    await user.click(screen.getByRole('radio', { name: 'Link to Karlsruhe Institute of Technology (DE)' }));
    expect(existing).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Convert' }));

    expect(await screen.findByText('Klaus Weber was converted.')).toBeInTheDocument();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('creates both by default, and shows a refusal without closing', async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: ConvertLeadMutation, variables: { input: { id: 'lead-1', version: 4 } } },
      result: {
        errors: [{ message: 'Lead lead-1 was changed by someone else', extensions: { code: 'CONFLICT' } }],
        data: null,
      },
    };
    const onClose = jest.fn();
    const { user } = renderWithProviders(<ConvertLeadDialog lead={lead} onClose={onClose} />, {
      mocks: [duplicates, pipelines, refused],
    });
    expect(
      await screen.findByRole('radio', { name: 'Create a new organization: Karlsruhe Inst. of Technology' }),
    ).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Convert' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('opens an opportunity in the chosen pipeline, at its first open stage unless another is chosen', async () => {
    const converted: MockLink.MockedResponse = {
      request: {
        query: ConvertLeadMutation,
        variables: {
          input: {
            id: 'lead-1',
            version: 4,
            createOpportunity: { pipelineId: 'pipe-1', stageId: 'st-2', title: 'KIT onboarding' },
          },
        },
      },
      result: {
        data: {
          convertLead: {
            ...convertedLead,
            convertedOpportunity: {
              __typename: 'Opportunity',
              id: 'opp-1',
              title: 'KIT onboarding',
              stage: { __typename: 'PipelineStage', id: 'st-2', name: 'Induction' },
            },
          },
        },
      },
    };
    const onClose = jest.fn();
    const { user } = renderWithProviders(<ConvertLeadDialog lead={lead} onClose={onClose} />, {
      mocks: [duplicates, pipelines, converted],
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Open an opportunity as well' }));
    await user.click(screen.getByRole('button', { name: 'Convert' }));
    expect(await screen.findByText('Choose the pipeline')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole('combobox', { name: 'Pipeline' }));
    await user.click(await screen.findByRole('option', { name: 'Outreach' }));
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveValue('Dissemination');
    await user.click(screen.getByRole('combobox', { name: 'Stage' }));
    await user.click(await screen.findByRole('option', { name: 'Induction' }));
    const title = screen.getByRole('textbox', { name: 'Opportunity' });
    expect(title).toHaveValue('Karlsruhe Inst. of Technology');
    await user.clear(title);
    await user.type(title, 'KIT onboarding');
    await user.click(screen.getByRole('button', { name: 'Convert' }));

    expect(await screen.findByText('Klaus Weber was converted.')).toBeInTheDocument();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
