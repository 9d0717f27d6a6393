import { screen } from '@testing-library/react';
import { useLocation } from 'react-router';
import { renderWithProviders } from '../../test/renderWithProviders';
import { urlParam, useUrlState } from '../useUrlState';

const VIEW = { q: urlParam.string(), sort: urlParam.sort({ key: 'name', direction: 'asc' }) };

/** Sets a filter with the callback of an earlier render, then a sort: as a debounce and a click do. */
function Harness() {
  const [view, setView] = useUrlState(VIEW);
  const location = useLocation();
  return (
    <>
      <output aria-label="url">{location.search}</output>
      <output aria-label="sort">{view.sort.key}</output>
      <button
        type="button"
        onClick={() => {
          setView({ q: 'cern' }, { replace: true });
          setView({ sort: { key: 'country', direction: 'desc' } });
        }}
      >
        Filter then sort
      </button>
    </>
  );
}

describe('useUrlState', () => {
  it('keeps both of two changes made in quick succession', async () => {
    const { user } = renderWithProviders(<Harness />, { route: '/list?cols=name' });
    await user.click(screen.getByRole('button', { name: 'Filter then sort' }));
    expect(screen.getByRole('status', { name: 'url' })).toHaveTextContent('?cols=name&q=cern&sort=-country');
    expect(screen.getByRole('status', { name: 'sort' })).toHaveTextContent('country');
  });
});
