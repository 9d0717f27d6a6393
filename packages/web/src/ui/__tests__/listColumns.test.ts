import { defaultColumnKeys } from '../DataTable';
import { dateColumn, listViewParams, orderOf, ownerColumn, tagsColumn, updatedColumn } from '../list';

interface Row {
  id: string;
  name: string;
  updatedAt: string;
  createdAt: string;
  owner: { name: string } | null;
  tags: { id: string; label: string }[];
}

const row: Row = {
  id: '1',
  name: 'CERN',
  updatedAt: '2026-03-04T10:00:00Z',
  createdAt: '2025-01-02T10:00:00Z',
  owner: null,
  tags: [
    { id: 't1', label: 'ESFRI' },
    { id: 't2', label: 'Partner' },
  ],
};

describe('common list columns', () => {
  it('export tags, owner and dates as plain values', () => {
    expect(tagsColumn<Row>().csv!(row)).toBe('ESFRI; Partner');
    expect(ownerColumn<Row>().csv!(row)).toBeUndefined();
    expect(ownerColumn<Row>().csv!({ ...row, owner: { name: 'Ada' } })).toBe('Ada');
    expect(dateColumn<Row>('created', 'Recorded', (r) => r.createdAt).csv!(row)).toBe(row.createdAt);
  });

  it('keep "Updated" sortable and hidden until chosen, unless the list says otherwise', () => {
    expect(updatedColumn<Row>()).toMatchObject({ key: 'updated', sortKey: 'updated', hiddenByDefault: true });
    expect(updatedColumn<Row>({ hiddenByDefault: false }).hiddenByDefault).toBe(false);
    const columns = [
      { key: 'name', header: 'Name', render: (r: Row) => r.name },
      tagsColumn<Row>({ hiddenByDefault: true }),
      updatedColumn<Row>(),
      ownerColumn<Row>(),
    ];
    expect(defaultColumnKeys(columns)).toEqual(['name', 'owner']);
  });
});

describe('list view parameters', () => {
  it('read sort, page, size and columns from the URL with the list’s defaults', () => {
    const params = listViewParams([tagsColumn<Row>(), updatedColumn<Row>()], { key: 'name', direction: 'asc' });
    expect(params.sort.parse(null)).toEqual({ key: 'name', direction: 'asc' });
    expect(params.page.parse(null)).toBe(1);
    expect(params.size.parse('1000')).toBe(100);
    expect(params.cols.parse(null)).toEqual(['tags']);
  });

  it('turn a sort key into the server’s order, falling back for an unknown key', () => {
    const fields = { name: 'NAME', updated: 'UPDATED_AT' } as const;
    expect(orderOf({ key: 'updated', direction: 'desc' }, fields, 'NAME')).toEqual({
      field: 'UPDATED_AT',
      direction: 'DESC',
    });
    expect(orderOf({ key: 'bogus', direction: 'asc' }, fields, 'NAME')).toEqual({ field: 'NAME', direction: 'ASC' });
  });
});
