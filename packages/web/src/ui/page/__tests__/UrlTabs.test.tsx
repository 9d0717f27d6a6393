import { screen } from '@testing-library/react';
import { useLocation } from 'react-router';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { MergedAlert } from '../MergedAlert';
import { RecordNotFound } from '../RecordNotFound';
import { TrashedAlert } from '../TrashedAlert';
import { UrlTabs } from '../UrlTabs';

function Search() {
  return <output aria-label="Search">{useLocation().search}</output>;
}

const TABS = [
  { value: 'overview', label: 'Overview', panel: <p>The fields</p> },
  { value: 'history', label: 'History', panel: <p>The changes</p> },
];

describe('UrlTabs', () => {
  it('opens the tab named in the URL and keeps the choice there, the first tab leaving it bare', async () => {
    const { user } = renderWithProviders(
      <>
        <UrlTabs tabs={TABS} />
        <Search />
      </>,
      { route: '/records/1?tab=history' },
    );
    expect(screen.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('The changes')).toBeInTheDocument();
    expect(screen.queryByText('The fields')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    expect(screen.getByText('The fields')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Search' })).toHaveTextContent(/^$/);

    await user.click(screen.getByRole('tab', { name: 'History' }));
    expect(screen.getByRole('status', { name: 'Search' })).toHaveTextContent('?tab=history');
  });

  it('opens the first tab when the URL names one that does not exist', () => {
    renderWithProviders(<UrlTabs tabs={TABS} />, { route: '/things/1?tab=nonsense', path: '/things/:id' });
    expect(screen.getByText('The fields')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('MergedAlert', () => {
  it('says which record a merged duplicate went into, with a link to it', () => {
    renderWithProviders(<MergedAlert noun="contact" into={{ name: 'Ada Lovelace', to: '/contacts/c-1' }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Merged into Ada Lovelace');
    expect(alert).toHaveTextContent('This contact was a duplicate');
    expect(screen.getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '/contacts/c-1');
  });
});

describe('TrashedAlert', () => {
  it('says the record is in the trash, with the action beside the sentence', () => {
    renderWithProviders(
      <TrashedAlert action={<button type="button">Restore</button>}>Moved to the trash.</TrashedAlert>,
    );
    expect(screen.getByText('In the trash')).toBeInTheDocument();
    expect(screen.getByText('Moved to the trash.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore' })).toBeInTheDocument();
  });
});

describe('RecordNotFound', () => {
  it('says there is no such record, why, and leads back to its list', () => {
    renderWithProviders(<RecordNotFound label="Need" plural="Needs" path="/needs" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Need not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no such need')).toBeInTheDocument();
    expect(screen.getByText(/moved to the trash, it is not shared with you/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All needs' })).toHaveAttribute('href', '/needs');
  });
});
