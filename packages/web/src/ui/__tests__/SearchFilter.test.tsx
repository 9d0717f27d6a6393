import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { SearchFilter } from '../filters';

function Harness({ onChange }: { onChange: (q: string) => void }) {
  const [q, setQ] = useState('');
  return (
    <>
      <SearchFilter
        placeholder="Name…"
        value={q}
        onChange={(next) => {
          onChange(next);
          setQ(next);
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
});
