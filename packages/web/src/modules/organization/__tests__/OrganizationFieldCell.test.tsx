import { screen, waitFor, within } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import {
  OrganizationCountryCell,
  OrganizationFieldsNowQuery,
  OrganizationKindCell,
  OrganizationTextCell,
} from '../components/OrganizationFieldCell';
import { SetOrganizationFieldMutation } from '../hooks/useSetOrganizationField';

const CERN = {
  id: 'o-1',
  name: 'CERN',
  version: 2,
  acronym: null,
  kind: 'RESEARCH_INSTITUTE' as const,
  country: null,
  city: 'Geneva',
};

const saved = (version: number, patch: Record<string, unknown>, result: () => Record<string, unknown>) => ({
  request: { query: SetOrganizationFieldMutation, variables: { input: { id: 'o-1', version, ...patch } } },
  result,
});
const answer = (version: number, patch: Record<string, unknown>) => () => ({
  data: {
    updateOrganization: {
      __typename: 'Organization',
      ...CERN,
      version,
      ...patch,
      updatedAt: '2026-12-06T00:00:00.000Z',
    },
  },
});
const CONFLICT = () => ({
  errors: [{ message: 'Organization o-1 was changed by someone else', extensions: { code: 'CONFLICT' } }],
  data: null,
});
const now = (version: number, patch: Record<string, unknown>) => ({
  request: { query: OrganizationFieldsNowQuery, variables: { id: 'o-1' } },
  result: {
    data: {
      organization: {
        __typename: 'Organization',
        id: 'o-1',
        version,
        acronym: null,
        kind: 'RESEARCH_INSTITUTE',
        country: null,
        city: 'Geneva',
        ...patch,
      },
    },
  },
});

describe('Organization list cells', () => {
  it('changes the kind with the keyboard, on the version the row shows', async () => {
    const done = jest.fn(answer(3, { kind: 'RESEARCH_INFRASTRUCTURE' }));
    const { user } = renderWithProviders(<OrganizationKindCell organization={CERN} />, {
      mocks: [saved(2, { kind: 'RESEARCH_INFRASTRUCTURE' }, done)],
    });
    const select = screen.getByRole('combobox', { name: 'Kind of CERN' });
    expect(select).toHaveValue('Research institute');
    select.focus();
    // Down opens the list on the current kind; the next one is "Research infrastructure".
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(done).toHaveBeenCalled());
  });

  it('gives a first country to an organization that had none', async () => {
    const done = jest.fn(answer(3, { country: 'CH' }));
    const { user } = renderWithProviders(<OrganizationCountryCell organization={CERN} />, {
      mocks: [saved(2, { country: 'CH' }, done)],
    });
    await user.type(screen.getByRole('combobox', { name: 'Country of CERN' }), 'Switz');
    await user.click(await screen.findByRole('option', { name: 'Switzerland', hidden: true }));
    await waitFor(() => expect(done).toHaveBeenCalled());
  });

  it('saves a typed acronym on Enter', async () => {
    const done = jest.fn(answer(3, { acronym: 'CERN' }));
    const { user } = renderWithProviders(<OrganizationTextCell organization={CERN} field="acronym" />, {
      mocks: [saved(2, { acronym: 'CERN' }, done)],
    });
    await user.type(screen.getByRole('textbox', { name: 'Acronym of CERN' }), '  CERN {Enter}');
    await waitFor(() => expect(done).toHaveBeenCalled());
  });

  it('on a conflict over the city compares the three values; taking theirs drops the typed one', async () => {
    const { user } = renderWithProviders(<OrganizationTextCell organization={CERN} field="city" />, {
      mocks: [saved(2, { city: 'Meyrin' }, CONFLICT), now(4, { city: 'Genève' })],
    });
    const input = screen.getByRole('textbox', { name: 'City of CERN' });
    await user.clear(input);
    await user.type(input, 'Meyrin{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    const row = within(dialog).getByRole('row', { name: /City/ });
    expect(row).toHaveTextContent('Geneva');
    expect(row).toHaveTextContent('Genève');
    expect(row).toHaveTextContent('Meyrin');
    await user.click(within(dialog).getByRole('button', { name: 'Discard mine, reload theirs' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Not saved/ })).not.toBeInTheDocument();
  });

  it('shows viewers the values only', () => {
    const session = { ...EDITOR_SESSION, canEdit: false, user: { ...EDITOR_SESSION.user, role: 'VIEWER' as const } };
    renderWithProviders(
      <>
        <div>
          <OrganizationKindCell organization={CERN} />
        </div>
        <div>
          <OrganizationTextCell organization={CERN} field="city" />
        </div>
      </>,
      { session },
    );
    expect(screen.getByText('Research institute')).toBeInTheDocument();
    expect(screen.getByText('Geneva')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
