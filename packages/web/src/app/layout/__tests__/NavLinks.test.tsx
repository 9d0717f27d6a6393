import { screen } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { NavLinks } from '../NavLinks';

const ADMIN_SESSION = {
  ...EDITOR_SESSION,
  user: { ...EDITOR_SESSION.user, name: 'Ada Admin', role: 'ADMIN' as const },
  isAdmin: true,
};

const current = () => screen.getAllByRole('link', { current: 'page' }).map((link) => link.textContent);

describe('NavLinks', () => {
  it('marks the pipeline settings, not "Users and teams", on their own admin page', () => {
    renderWithProviders(<NavLinks />, { session: ADMIN_SESSION, route: '/admin/pipelines' });
    expect(current()).toEqual(['Pipelines']);
  });

  it('marks "Users and teams" on the teams page, which has no entry of its own', () => {
    renderWithProviders(<NavLinks />, { session: ADMIN_SESSION, route: '/admin/teams' });
    expect(current()).toEqual(['Users and teams']);
  });

  it('marks the board on a pipeline of it', () => {
    renderWithProviders(<NavLinks />, { route: '/pipeline/pipe-1' });
    expect(current()).toEqual(['Pipeline']);
  });
});
