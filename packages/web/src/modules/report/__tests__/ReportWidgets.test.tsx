import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { compare, ReportNumber } from '../components/ReportNumber';
import { ReportPivotTable } from '../components/ReportPivotTable';
import type { ReportResult } from '../components/ReportView';

const drill = (href: string) => new URL(href, 'http://x').searchParams.get('drill');

function numberReport(value: number, previous: number | null): ReportResult {
  return {
    __typename: 'Report',
    kind: 'ACTIVITY',
    list: 'activities',
    truncated: false,
    dimensions: [],
    measures: [{ __typename: 'ReportMeasure', label: 'Count' }],
    rows: [
      {
        __typename: 'ReportRow',
        keys: [],
        labels: [],
        values: [value],
        previous: previous == null ? null : [previous],
        filter: { createdAfter: '2026-06-01T00:00:00.000Z' },
        previousFilter: previous == null ? null : { createdAfter: '2026-05-01T00:00:00.000Z' },
      },
    ],
    pivot: null,
  };
}

describe('comparison with the previous period', () => {
  it.each([
    [42, 30, 'up', 40, 'Up 40 % from 30 in the previous period'],
    [15, 20, 'down', 25, 'Down 25 % from 20 in the previous period'],
    [7, 7, 'same', 0, 'No change from 7 in the previous period'],
    [3, 0, 'up', null, 'Up from 0 in the previous period'],
    [1234, 1000, 'up', 23, 'Up 23 % from 1,000 in the previous period'],
  ])('%d after %d: %s %s %%', (value, previous, direction, percent, text) => {
    expect(compare(value, previous)).toEqual({ direction, percent, text });
  });
});

describe('ReportNumber', () => {
  it('shows the figure opening its records, and the change in words opening the previous ones', async () => {
    renderWithProviders(<ReportNumber report={numberReport(42, 30)} title="Activities recorded" />);
    const widget = screen.getByRole('group', { name: 'Activities recorded' });
    const figure = within(widget).getByRole('link', { name: '42: Count, open the records' });
    expect(drill(figure.getAttribute('href')!)).toBe(JSON.stringify({ createdAfter: '2026-06-01T00:00:00.000Z' }));
    const change = within(widget).getByRole('link', { name: 'Up 40 % from 30 in the previous period' });
    expect(drill(change.getAttribute('href')!)).toBe(JSON.stringify({ createdAfter: '2026-05-01T00:00:00.000Z' }));
  });

  it('shows the figure alone when the period is not compared', () => {
    renderWithProviders(<ReportNumber report={numberReport(5, null)} title="Needs" />);
    const widget = screen.getByRole('group', { name: 'Needs' });
    expect(within(widget).getByRole('link').textContent).toBe('5');
    expect(within(widget).queryByText(/previous period/)).toBeNull();
  });
});

describe('ReportPivotTable', () => {
  it('spreads the pivoted dimension as columns, each cell opening its records, empty ones as a dash', () => {
    const cell = (value: number, filter: Record<string, unknown>) => ({
      __typename: 'ReportRow' as const,
      values: [value],
      filter,
    });
    const report: ReportResult = {
      __typename: 'Report',
      kind: 'NEED',
      list: 'needs',
      truncated: false,
      dimensions: [
        { __typename: 'ReportDimension', field: 'category', label: 'Category', type: 'enum', bucket: null },
        { __typename: 'ReportDimension', field: 'status', label: 'Status', type: 'enum', bucket: null },
      ],
      measures: [{ __typename: 'ReportMeasure', label: 'Count' }],
      rows: [],
      pivot: {
        __typename: 'ReportPivot',
        dimension: 1,
        columnKeys: ['IDENTIFIED', 'BEING_ADDRESSED'],
        columnLabels: ['Identified', 'Being addressed'],
        rows: [
          {
            __typename: 'ReportPivotRow',
            keys: ['TRAINING'],
            labels: ['Training'],
            cells: [
              cell(4, { categories: ['TRAINING'], statuses: ['IDENTIFIED'] }),
              cell(2, { categories: ['TRAINING'], statuses: ['BEING_ADDRESSED'] }),
            ],
          },
          {
            __typename: 'ReportPivotRow',
            keys: ['COMPUTING'],
            labels: ['Computing'],
            cells: [cell(1, { categories: ['COMPUTING'] }), null],
          },
        ],
      },
    };
    renderWithProviders(<ReportPivotTable report={report} pivot={report.pivot!} />);
    const table = screen.getByRole('table', { name: 'Pivot table' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Category', 'Identified', 'Being addressed']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['4', '2'],
      ['1', '—'],
    ]);
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('Training');
    const link = within(rows[0]).getByRole('link', { name: '2' });
    expect(link.getAttribute('href')!.startsWith('/needs?drill=')).toBe(true);
    expect(JSON.parse(drill(link.getAttribute('href')!)!)).toEqual({
      categories: ['TRAINING'],
      statuses: ['BEING_ADDRESSED'],
    });
    expect(within(rows[1]).getAllByRole('link')).toHaveLength(1);
  });
});
