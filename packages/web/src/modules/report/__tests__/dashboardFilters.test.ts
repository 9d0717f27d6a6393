import type { ReportSpecInput } from '../../../generated/graphql';
import { dashboardFiltersInput, filteredSpec, filtersOfDashboard, periodOf } from '../dashboardFilters';

const NOW = new Date(2026, 4, 17, 15, 0); // 17 May 2026, local time
const local = (year: number, month: number) => new Date(year, month, 1).toISOString();
const NONE = { period: 'month', team: '', country: '', tag: '' };

describe('dashboard filters', () => {
  it('should cut periods at the starts of local months, ending with the current one', () => {
    expect(periodOf('month', NOW)).toEqual({ from: local(2026, 4), to: local(2026, 5) });
    expect(periodOf('quarter', NOW)).toEqual({ from: local(2026, 3), to: local(2026, 6) });
    expect(periodOf('year', NOW)).toEqual({ from: local(2025, 5), to: local(2026, 5) });
  });

  it('should cut a saved dashboard’s periods the same way, and weeks from Monday', () => {
    expect(periodOf('THIS_MONTH', NOW)).toEqual(periodOf('month', NOW));
    expect(periodOf('LAST_12_MONTHS', NOW)).toEqual(periodOf('year', NOW));
    expect(periodOf('LAST_MONTH', NOW)).toEqual({ from: local(2026, 3), to: local(2026, 4) });
    expect(periodOf('LAST_QUARTER', NOW)).toEqual({ from: local(2026, 0), to: local(2026, 3) });
    expect(periodOf('THIS_YEAR', NOW)).toEqual({ from: local(2026, 0), to: local(2027, 0) });
    expect(periodOf('THIS_WEEK', NOW)).toEqual({
      from: new Date(2026, 4, 11).toISOString(),
      to: new Date(2026, 4, 18).toISOString(),
    });
  });

  it('should keep each report’s own period when a saved dashboard has none', () => {
    const spec: ReportSpecInput = { kind: 'NEED', groupBy: [], period: { field: 'createdAt', from: 'x', to: 'y' } };
    expect(filteredSpec(spec, { ...NONE, period: '' }, NOW).spec.period).toEqual(spec.period);
  });

  it('should read and write a saved dashboard’s filters, one of each', () => {
    const stored = { period: 'LAST_QUARTER' as const, teamIds: ['t1'], countries: ['DE'], tagIds: [] };
    const filters = filtersOfDashboard(stored);
    expect(filters).toEqual({ period: 'LAST_QUARTER', team: 't1', country: 'DE', tag: '' });
    expect(dashboardFiltersInput(filters)).toEqual(stored);
    expect(dashboardFiltersInput({ period: '', team: '', country: '', tag: '' }).period).toBeNull();
  });

  it('should write the team, tag and country into the kind’s own list filter, keeping its filter and comparison', () => {
    const spec: ReportSpecInput = {
      kind: 'ACTIVITY',
      activityFilter: { kinds: ['TODO'] },
      groupBy: [],
      period: { field: 'createdAt', from: 'x', to: 'y', compareWithPrevious: true },
    };
    const { spec: filtered, ignored } = filteredSpec(
      spec,
      { period: 'quarter', team: 't1', country: 'FR', tag: 'g1' },
      NOW,
    );
    expect(ignored).toEqual([]);
    expect(filtered).toEqual({
      kind: 'ACTIVITY',
      activityFilter: { kinds: ['TODO'], teamIds: ['t1'], tagIds: ['g1'], concerningCountries: ['FR'] },
      groupBy: [],
      period: { field: 'createdAt', from: local(2026, 3), to: local(2026, 6), compareWithPrevious: true },
    });
  });

  it.each([
    ['ORGANIZATION', 'organizationFilter', 'countries'],
    ['CONTACT', 'contactFilter', 'countries'],
    ['NEED', 'needFilter', 'countries'],
  ] as const)('should filter %s by its countries', (kind, key, countryKey) => {
    const { spec } = filteredSpec({ kind, groupBy: [] }, { ...NONE, country: 'ES' }, NOW);
    expect(spec).toEqual({ kind, groupBy: [], [key]: { [countryKey]: ['ES'] } });
  });

  it('should not narrow by a linked value the report groups by: a record counts in each of its groups', () => {
    const spec: ReportSpecInput = { kind: 'NEED', groupBy: [{ field: 'organization.country' }, { field: 'tag' }] };
    const result = filteredSpec(spec, { ...NONE, country: 'ES', tag: 'g1', team: 't1' }, NOW);
    expect(result.ignored).toEqual(['tag', 'country']);
    expect(result.spec.needFilter).toEqual({ teamIds: ['t1'] });
    const own = filteredSpec(
      { kind: 'ORGANIZATION', groupBy: [{ field: 'country' }] },
      { ...NONE, country: 'ES' },
      NOW,
    );
    expect(own.spec.organizationFilter).toEqual({ countries: ['ES'] });
  });

  it('should say which filter a kind cannot take, and leave a report over all time whole', () => {
    const spec: ReportSpecInput = { kind: 'DOCUMENT', groupBy: [{ field: 'team' }] };
    const result = filteredSpec(spec, { ...NONE, country: 'ES', team: 't2' }, NOW);
    expect(result.ignored).toEqual(['country']);
    expect(result.spec).toEqual({
      kind: 'DOCUMENT',
      groupBy: [{ field: 'team' }],
      documentFilter: { teamIds: ['t2'] },
    });
    expect(filteredSpec(spec, NONE, NOW)).toEqual({ spec, ignored: [] });
  });
});
