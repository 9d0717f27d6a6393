import { screen } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { EditorsOnly } from '../EditorsOnly';

const VIEWER = { ...EDITOR_SESSION, canEdit: false, user: { ...EDITOR_SESSION.user!, role: 'VIEWER' as const } };

describe('EditorsOnly', () => {
  it('shows an editor the form', () => {
    renderWithProviders(
      <EditorsOnly>
        <p>The form</p>
      </EditorsOnly>,
      { route: '/projects/p-1/edit', path: '/projects/:id/edit' },
    );
    expect(screen.getByText('The form')).toBeInTheDocument();
  });

  it('sends a viewer to the record instead of its edit form', () => {
    renderWithProviders(
      <EditorsOnly>
        <p>The form</p>
      </EditorsOnly>,
      { route: '/projects/p-1/edit', path: '/projects/:id/edit', session: VIEWER },
    );
    expect(screen.queryByText('The form')).not.toBeInTheDocument();
    expect(screen.getByText('Elsewhere')).toBeInTheDocument();
  });
});
