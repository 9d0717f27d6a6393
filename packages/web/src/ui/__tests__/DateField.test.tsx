import { screen } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { DateField, DateTimeField } from '../DateField';

function Harness({ initial = '', withTime = false }: { initial?: string; withTime?: boolean }) {
  const [value, setValue] = useState(initial);
  const Field = withTime ? DateTimeField : DateField;
  return (
    <>
      <Field label="When" value={value} onChange={setValue} />
      <output aria-label="Held value">{value}</output>
    </>
  );
}

const held = () => screen.getByLabelText('Held value').textContent;

describe('DateField', () => {
  it('shows a day as the app writes dates and holds it as ISO', () => {
    renderWithProviders(<Harness initial="2025-11-03" />);
    expect(screen.getByRole('textbox', { name: 'When' })).toHaveValue('3 Nov 2025');
  });

  it('takes a typed day in the app format or as ISO, and writes it back in the app format', async () => {
    const { user } = renderWithProviders(<Harness />);
    const input = screen.getByRole('textbox', { name: 'When' });

    await user.type(input, '5 Mar 2026');
    expect(held()).toBe('2026-03-05');

    await user.clear(input);
    expect(held()).toBe('');
    await user.type(input, '2026-03-0');
    expect(held()).toBe('');
    await user.type(input, '7');
    expect(held()).toBe('2026-03-07');
    await user.tab();
    expect(input).toHaveValue('7 Mar 2026');
  });

  it('ignores what is not a date', async () => {
    const { user } = renderWithProviders(<Harness initial="2025-11-03" />);
    const input = screen.getByRole('textbox', { name: 'When' });
    await user.clear(input);
    await user.type(input, '31 Feb 2026');
    expect(held()).toBe('');
    await user.tab();
    expect(input).toHaveValue('');
  });

  it('is cleared with its clear button', async () => {
    const { user } = renderWithProviders(<Harness initial="2025-11-03" />);
    await user.click(screen.getByRole('button', { name: 'Clear the date' }));
    expect(held()).toBe('');
    expect(screen.getByRole('textbox', { name: 'When' })).toHaveValue('');
  });
});

describe('DateTimeField', () => {
  it('shows a local time as the app writes it and holds it as a datetime-local value', async () => {
    const { user } = renderWithProviders(<Harness withTime initial="2026-11-23T14:30" />);
    const input = screen.getByRole('textbox', { name: 'When' });
    expect(input).toHaveValue('23 Nov 2026, 14:30');

    await user.clear(input);
    await user.type(input, '2026-12-01T09:15');
    expect(held()).toBe('2026-12-01T09:15');
    await user.tab();
    expect(input).toHaveValue('1 Dec 2026, 09:15');
  });

  it('keeps the time when a day is picked in the calendar', async () => {
    const { user } = renderWithProviders(<Harness withTime initial="2026-11-23T14:30" />);
    await user.click(screen.getByRole('textbox', { name: 'When' }));
    await user.click(await screen.findByRole('button', { name: '25 November 2026' }));
    expect(held()).toBe('2026-11-25T14:30');
  });
});
