import { Button } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { DataTable, defaultColumnKeys, type DataTableColumn } from '../DataTable';
import type { SortState } from '../useUrlState';

interface Fruit {
  id: string;
  name: string;
  colour: string;
  origin: string;
}

const COLUMNS: DataTableColumn<Fruit>[] = [
  { key: 'name', header: 'Name', sortKey: 'name', alwaysVisible: true, render: (row) => row.name },
  { key: 'colour', header: 'Colour', sortKey: 'colour', render: (row) => row.colour },
  { key: 'origin', header: 'Origin', hiddenByDefault: true, render: (row) => row.origin },
];

const FRUITS: Fruit[] = [
  { id: '1', name: 'Apple', colour: 'red', origin: 'Kazakhstan' },
  { id: '2', name: 'Banana', colour: 'yellow', origin: 'New Guinea' },
];

interface HarnessProps {
  rows?: Fruit[];
  totalCount?: number;
  onSortChange?: (sort: SortState) => void;
  onPageChange?: (page: number) => void;
  onBulk?: (rows: Fruit[]) => void;
}

/** The table with its state held as a page would hold it. */
function Harness({ rows, totalCount = rows?.length ?? 0, onSortChange, onPageChange, onBulk }: HarnessProps) {
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const [columns, setColumns] = useState(defaultColumnKeys(COLUMNS));
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <DataTable
      label="Fruits"
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => row.id}
      rowLabel={(row) => row.name}
      loading={!rows}
      visibleColumns={columns}
      onVisibleColumnsChange={setColumns}
      sort={sort}
      onSortChange={(next) => {
        setSort(next);
        onSortChange?.(next);
      }}
      page={1}
      pageSize={2}
      totalCount={totalCount}
      onPageChange={(page) => onPageChange?.(page)}
      selection={{
        selected,
        onChange: setSelected,
        actions: (chosen) => <Button onClick={() => onBulk?.(chosen)}>Eat them</Button>,
      }}
      empty={{ title: 'No fruit yet', action: <Button>Add a fruit</Button> }}
    />
  );
}

describe('DataTable', () => {
  it('shows a loading skeleton until the rows arrive', () => {
    renderWithProviders(<Harness />);
    const table = screen.getByRole('table', { name: 'Fruits' });
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(within(table).queryByRole('checkbox', { name: /^Select Apple/ })).not.toBeInTheDocument();
  });

  it('shows the rows in the chosen columns', () => {
    renderWithProviders(<Harness rows={FRUITS} />);
    const table = screen.getByRole('table', { name: 'Fruits' });
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(within(table).getByText('Banana')).toBeInTheDocument();
    expect(within(table).queryByText('Kazakhstan')).not.toBeInTheDocument();
  });

  it('sorts by a column, then reverses, through the header buttons', async () => {
    const onSortChange = jest.fn();
    const { user } = renderWithProviders(<Harness rows={FRUITS} onSortChange={onSortChange} />);
    await user.click(screen.getByRole('button', { name: /Colour/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'colour', direction: 'asc' });
    await user.click(screen.getByRole('button', { name: /Colour/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'colour', direction: 'desc' });
    expect(screen.getByRole('columnheader', { name: /Colour/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('lets the person choose the columns', async () => {
    const { user } = renderWithProviders(<Harness rows={FRUITS} />);
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    expect(screen.getByRole('checkbox', { name: 'Name' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Origin' }));
    await user.click(screen.getByRole('checkbox', { name: 'Colour' }));
    const table = screen.getByRole('table', { name: 'Fruits' });
    expect(within(table).getByText('Kazakhstan')).toBeInTheDocument();
    expect(within(table).queryByText('yellow')).not.toBeInTheDocument();
  });

  it('selects rows for a bulk action', async () => {
    const onBulk = jest.fn();
    const { user } = renderWithProviders(<Harness rows={FRUITS} onBulk={onBulk} />);
    await user.click(screen.getByRole('checkbox', { name: 'Select Banana' }));
    expect(screen.getByRole('region', { name: 'Selected rows' })).toHaveTextContent('1 selected');
    await user.click(screen.getByRole('checkbox', { name: 'Select all rows of this page' }));
    await user.click(screen.getByRole('button', { name: 'Eat them' }));
    expect(onBulk).toHaveBeenCalledWith(FRUITS);
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('region', { name: 'Selected rows' })).not.toBeInTheDocument();
  });

  it('says where the page stands and moves to the next one', async () => {
    const onPageChange = jest.fn();
    const { user } = renderWithProviders(<Harness rows={FRUITS} totalCount={5} onPageChange={onPageChange} />);
    expect(screen.getByText('1–2 of 5')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onPageChange).toHaveBeenCalledWith(2);
  });

  it('says when there is nothing, with a call to action', () => {
    renderWithProviders(<Harness rows={[]} />);
    expect(screen.getByText('No fruit yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a fruit' })).toBeInTheDocument();
  });
});
