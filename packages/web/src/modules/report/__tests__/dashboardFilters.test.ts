import type { ReportSpecInput } from '../../../generated/graphql';
import { filteredSpec, periodOf } from '../dashboardFilters';

const NOW = new Date(2026, 4, 17, 15, 0); // 17 May 2026, local time
const local = (year: number, month: number) => new Date(year, month, 1).toISOString();
const NONE = { period: 'month', team: '', country: '', tag: '' };

describe('dashboard filters', () => {
  it('should cut periods at the starts of local months, ending with the current one', () => {
    expect(periodOf('month', NOW)).toEqual({ from: local(2026, 4), to: local(2026, 5) });
    expect(periodOf('quarter', NOW)).toEqual({ from: local(2026, 3), to: local(2026, 6) });
    expect(periodOf('year', NOW)).toEqual({ from: local(2025, 5), to: local(2026, 5) });
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
