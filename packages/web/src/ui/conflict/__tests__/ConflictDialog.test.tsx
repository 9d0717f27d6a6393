import { Button } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { conflictFieldsOf, reapplyEdits, type ConflictFieldSpec } from '../conflict';
import { ConflictDialog } from '../ConflictDialog';
import { useConflict } from '../useConflict';

interface Values {
  name: string;
  city: string;
  tags: string[];
  version: number;
}

const FIELDS: ConflictFieldSpec<Values>[] = [
  { key: 'name', label: 'Name' },
  { key: 'city', label: 'City', format: (city) => city.toUpperCase() || '—' },
  { key: 'tags', label: 'Tags' },
];

const BASE: Values = { name: 'CNR', city: 'Rome', tags: ['a'], version: 3 };
const THEIRS: Values = { name: 'CNR', city: 'Milan', tags: ['a'], version: 4 };
const YOURS: Values = { name: 'CNRS', city: 'Rome', tags: ['a'], version: 3 };

describe('conflictFieldsOf and reapplyEdits', () => {
  it('lists only the fields someone changed, and who changed them', () => {
    expect(conflictFieldsOf(FIELDS, BASE, THEIRS, YOURS)).toEqual([
      {
        key: 'name',
        label: 'Name',
        base: 'CNR',
        theirs: 'CNR',
        yours: 'CNRS',
        changedByThem: false,
        changedByYou: true,
      },
      {
        key: 'city',
        label: 'City',
        base: 'ROME',
        theirs: 'MILAN',
        yours: 'ROME',
        changedByThem: true,
        changedByYou: false,
      },
    ]);
  });

  it('keeps your changes on top of theirs, and their version', () => {
    expect(reapplyEdits(FIELDS, BASE, THEIRS, YOURS)).toEqual({ name: 'CNRS', city: 'Milan', tags: ['a'], version: 4 });
    expect(reapplyEdits(FIELDS, BASE, { ...THEIRS, name: 'C.N.R.' }, YOURS).name).toBe('CNRS');
  });
});

function Harness({ onSave }: { onSave(values: Values): void }) {
  const [values, setValues] = useState(YOURS);
  const conflict = useConflict<Values>({
    initialBase: BASE,
    fields: FIELDS,
    onReapply: (merged) => {
      setValues(merged);
      onSave(merged);
    },
    onReload: setValues,
  });
  return (
    <>
      <Button onClick={() => conflict.open(THEIRS, values)}>Save</Button>
      <output aria-label="Form values">{JSON.stringify(values)}</output>
      <ConflictDialog {...conflict.dialogProps} />
    </>
  );
}

describe('ConflictDialog', () => {
  it('shows theirs beside yours per changed field, and re-applies your edits on their version', async () => {
    const onSave = jest.fn();
    const { user } = renderWithProviders(<Harness onSave={onSave} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    const city = within(dialog).getByRole('row', { name: /^City/ });
    expect(
      within(city)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['ROME', 'MILANThey changed it', 'ROME']);
    const name = within(dialog).getByRole('row', { name: /^Name/ });
    expect(
      within(name)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['CNR', 'CNR', 'CNRSYou changed it']);
    expect(within(dialog).queryByRole('row', { name: /^Tags/ })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Re-apply my edits' }));
    expect(onSave).toHaveBeenCalledWith({ name: 'CNRS', city: 'Milan', tags: ['a'], version: 4 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('discards your input for theirs only when asked; closing keeps it', async () => {
    const onSave = jest.fn();
    const { user } = renderWithProviders(<Harness onSave={onSave} />);
    const values = screen.getByRole('status', { name: 'Form values' });

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(JSON.parse(values.textContent!)).toEqual(YOURS);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Discard mine, reload theirs' }));
    expect(JSON.parse(values.textContent!)).toEqual(THEIRS);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says when you both changed a field that your value wins on re-apply', async () => {
    renderWithProviders(
      <ConflictDialog
        opened
        onClose={() => {}}
        onReapply={() => {}}
        onReload={() => {}}
        fields={conflictFieldsOf(FIELDS, BASE, { ...THEIRS, name: 'C.N.R.' }, YOURS)}
      />,
    );
    expect(await screen.findByText(/You both changed Name/)).toBeInTheDocument();
  });
});
