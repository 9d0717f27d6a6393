import { drillHref, withDrill } from '../../../ui/list';
import { reportOption, type ReportData } from '../reportOption';

const REPORT: ReportData = {
  dimensions: [
    { label: 'Team', type: 'team' },
    { label: 'Created', type: 'date' },
  ],
  measures: [{ label: 'Count' }],
  rows: [
    { keys: ['t1', '2026-02-01'], labels: ['NGI-DE', '2026-02-01'], values: [3] },
    { keys: ['t1', '2026-01-01'], labels: ['NGI-DE', '2026-01-01'], values: [2] },
    { keys: ['t2', '2026-01-01'], labels: ['NGI-NL', '2026-01-01'], values: [5] },
  ],
};

describe('reportOption', () => {
  it('should draw the second dimension as stacked series, dates in time order, and map clicks to rows', () => {
    const { option, rowAt } = reportOption(REPORT, 'stacked');
    const series = option.series as { name: string; stack?: string; data: (number | null)[] }[];
    expect((option.xAxis as { data: string[] }).data).toEqual(['NGI-DE', 'NGI-NL']);
    expect(series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['2026-01-01', 'total', [2, 5]],
      ['2026-02-01', 'total', [3, null]],
    ]);
    expect(rowAt).toEqual([
      [1, 2],
      [0, null],
    ]);
  });

  it('should draw one dimension with the previous period beside it', () => {
    const { option, rowAt } = reportOption(
      {
        dimensions: [{ label: 'Team', type: 'team' }],
        measures: [{ label: 'Count' }],
        rows: [{ keys: ['t1'], labels: ['NGI-DE'], values: [4], previous: [1] }],
      },
      'bar',
    );
    expect((option.series as { data: number[] }[]).map((s) => s.data)).toEqual([[4], [1]]);
    expect(rowAt).toEqual([[0], [null]]);
  });

  it('should fill lines below for an area, stacking the series of a second dimension only', () => {
    const { option } = reportOption(REPORT, 'area');
    const series = option.series as { type: string; stack?: string; areaStyle?: object; data: (number | null)[] }[];
    expect(series.map((s) => [s.type, s.stack, Boolean(s.areaStyle), s.data])).toEqual([
      ['line', 'total', true, [2, 5]],
      ['line', 'total', true, [3, null]],
    ]);
    const single = reportOption(
      {
        dimensions: [{ label: 'Team', type: 'team' }],
        measures: [{ label: 'Count' }],
        rows: [{ keys: ['t1'], labels: ['NGI-DE'], values: [4], previous: [1] }],
      },
      'area',
    );
    // A period and the one before overlap, each from zero: neither is stacked on the other.
    expect(
      (single.option.series as { stack?: string; areaStyle?: object }[]).map((s) => [s.stack, Boolean(s.areaStyle)]),
    ).toEqual([
      [undefined, true],
      [undefined, true],
    ]);
  });

  it('should draw a funnel of the rows as stages, in the order of the rows, each clicking to its row', () => {
    const { option, rowAt } = reportOption(
      {
        dimensions: [{ label: 'Stage', type: 'enum' }],
        measures: [{ label: 'Count' }],
        rows: [
          { keys: ['CONTACTED'], labels: ['Contacted'], values: [3] },
          { keys: ['INTERESTED'], labels: ['Interested'], values: [5] },
          { keys: [null], labels: [null], values: [1] },
        ],
      },
      'funnel',
    );
    const [series] = option.series as { type: string; sort: string; data: { name: string; value: number }[] }[];
    expect(series.type).toBe('funnel');
    expect(series.sort).toBe('none');
    expect(series.data).toEqual([
      { name: 'Contacted', value: 3 },
      { name: 'Interested', value: 5 },
      { name: '(none)', value: 1 },
    ]);
    expect(rowAt).toEqual([[0, 1, 2]]);
    expect(option.xAxis).toBeUndefined();
  });
});

describe('drill-down filters', () => {
  it('should carry a report cell’s filter to a list, under the list’s own filters', () => {
    const href = drillHref('activities', { teamIds: ['t1'], kinds: ['CALL'] });
    const drill = new URL(href, 'http://x').searchParams.get('drill')!;
    expect(href.startsWith('/activities?drill=')).toBe(true);
    expect(withDrill(drill, { kinds: ['MEETING'] })).toEqual({ teamIds: ['t1'], kinds: ['MEETING'] });
    expect(withDrill('not json', { text: 'x' })).toEqual({ text: 'x' });
    expect(withDrill('', {})).toEqual({});
  });
});
