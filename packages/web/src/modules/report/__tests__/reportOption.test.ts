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
