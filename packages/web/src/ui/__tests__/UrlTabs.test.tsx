import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { UrlTabs } from '../page/UrlTabs';

const TABS = [
  { value: 'overview', label: 'Overview', panel: <p>The fields</p> },
  { value: 'history', label: 'History', panel: <p>The changes</p> },
];

describe('UrlTabs', () => {
  it('opens the tab the URL names', () => {
    renderWithProviders(<UrlTabs tabs={TABS} />, { route: '/things/1?tab=history', path: '/things/:id' });
    expect(screen.getByText('The changes')).toBeInTheDocument();
    expect(screen.queryByText('The fields')).not.toBeInTheDocument();
  });

  it('opens the first tab when the URL names one that does not exist', () => {
    renderWithProviders(<UrlTabs tabs={TABS} />, { route: '/things/1?tab=nonsense', path: '/things/:id' });
    expect(screen.getByText('The fields')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  });
});
