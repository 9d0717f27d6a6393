import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { SearchFilter } from '../filters';

function Harness({ onChange, urlDelay }: { onChange: (q: string) => void; urlDelay?: number }) {
  const [q, setQ] = useState('');
  return (
    <>
      <SearchFilter
        placeholder="Name…"
        value={q}
        onChange={(next) => {
          onChange(next);
          // The router applies a navigation in a later render, as under load.
          if (urlDelay) setTimeout(() => setQ(next), urlDelay);
          else setQ(next);
        }}
      />
      <button type="button" onClick={() => setQ('')}>
        Reset from elsewhere
      </button>
    </>
  );
}

describe('SearchFilter', () => {
  it('filters once typing pauses, and shows a value changed from elsewhere', async () => {
    const onChange = jest.fn();
    const { user } = renderWithProviders(<Harness onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Filter' });

    await user.type(input, 'cern');
    expect(input).toHaveValue('cern');
    expect(onChange).not.toHaveBeenCalled();
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenCalledWith('cern');

    await user.click(screen.getByRole('button', { name: 'Reset from elsewhere' }));
    expect(input).toHaveValue('');
  });

  it('keeps what was typed while its own change of the URL is on its way', async () => {
    const onChange = jest.fn();
    const { user } = renderWithProviders(<Harness onChange={onChange} urlDelay={400} />);
    const input = screen.getByRole('textbox', { name: 'Filter' });

    await user.type(input, 'cern');
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('cern'));
    // Committed, the URL not yet changed: the box still shows the text, then keeps it.
    expect(input).toHaveValue('cern');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(input).toHaveValue('cern');

    await user.click(screen.getByRole('button', { name: 'Reset from elsewhere' }));
    expect(input).toHaveValue('');
  });
});
