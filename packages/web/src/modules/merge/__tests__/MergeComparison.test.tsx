import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import {
  MergeComparison,
  defaultChoices,
  takenFromDuplicate,
  type ComparedRecord,
  type MergeField,
} from '../components/MergeComparison';

const FIELDS: MergeField[] = [
  { field: 'TITLE', label: 'Title' },
  { field: 'EMAILS', label: 'Email addresses' },
  { field: 'COUNTRY', label: 'Country' },
];
const ADA: ComparedRecord = {
  id: 'c-1',
  name: 'Ada Lovelace',
  version: 4,
  values: { TITLE: 'Analyst', EMAILS: '', COUNTRY: 'United Kingdom' },
};
const ADA_COPY: ComparedRecord = {
  id: 'c-2',
  name: 'Ada Lovelace (2)',
  version: 1,
  values: { TITLE: 'Mathematician', EMAILS: 'ada@example.org', COUNTRY: 'United Kingdom' },
};
const RECORDS = [ADA, ADA_COPY] as const;

/** The comparison as the merge dialog holds it: the survivor and the choices are its state. */
function Harness({ onState }: { onState(state: { survivorId: string; chosen: Record<string, string> }): void }) {
  const [survivorId, setSurvivorId] = useState('c-1');
  const [chosen, setChosen] = useState(() => defaultChoices(FIELDS, RECORDS, 'c-1'));
  onState({ survivorId, chosen });
  return (
    <MergeComparison
      fields={FIELDS}
      records={RECORDS}
      survivorId={survivorId}
      onSurvivor={(id) => {
        setSurvivorId(id);
        setChosen(defaultChoices(FIELDS, RECORDS, id));
      }}
      chosen={chosen}
      onChoose={(field, id) => setChosen((before) => ({ ...before, [field]: id }))}
    />
  );
}

describe('MergeComparison', () => {
  it('sets the two records side by side, a choice only where they differ', () => {
    renderWithProviders(<Harness onState={() => {}} />);
    const table = screen.getByRole('table', { name: 'Compare the two records' });
    expect(within(table).getByRole('columnheader', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Ada Lovelace (2)' })).toBeInTheDocument();
    expect(within(table).getByRole('radio', { name: 'Keep Ada Lovelace' })).toBeChecked();
    // Differing fields: the survivor's value, unless it is empty.
    expect(within(table).getByRole('radio', { name: 'Title: Analyst (from Ada Lovelace)' })).toBeChecked();
    expect(
      within(table).getByRole('radio', { name: 'Email addresses: ada@example.org (from Ada Lovelace (2))' }),
    ).toBeChecked();
    expect(within(table).getByRole('radio', { name: 'Email addresses: — (from Ada Lovelace)' })).not.toBeChecked();
    // The same country on both: nothing to choose.
    const country = within(table).getByRole('row', { name: /Country/ });
    expect(within(country).queryByRole('radio')).not.toBeInTheDocument();
    expect(within(country).getAllByText('United Kingdom')).toHaveLength(2);
  });

  it('lets the other record stay, and takes chosen values from the one that goes', async () => {
    let state = { survivorId: '', chosen: {} as Record<string, string> };
    const { user } = renderWithProviders(<Harness onState={(now) => (state = now)} />);
    await user.click(screen.getByRole('radio', { name: 'Keep Ada Lovelace (2)' }));
    expect(state.survivorId).toBe('c-2');
    // The new survivor's values are the defaults now; the user takes the title of the one that goes.
    expect(screen.getByRole('radio', { name: 'Title: Mathematician (from Ada Lovelace (2))' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Title: Analyst (from Ada Lovelace)' }));
    expect(takenFromDuplicate(FIELDS, state.chosen, state.survivorId)).toEqual(['TITLE']);
  });

  it('takes nothing from the duplicate when every chosen value is the survivor’s', () => {
    expect(takenFromDuplicate(FIELDS, defaultChoices(FIELDS, RECORDS, 'c-2'), 'c-2')).toEqual([]);
    expect(takenFromDuplicate(FIELDS, defaultChoices(FIELDS, RECORDS, 'c-1'), 'c-1')).toEqual(['EMAILS']);
  });
});
