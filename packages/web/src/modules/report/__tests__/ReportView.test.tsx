import { screen, within } from '@testing-library/react';
import type { ReportSpecInput } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ReportView } from '../components/ReportView';
import { ReportQuery } from '../reportOperations';
import { browserTimeZone, withTimeZone } from '../timeZone';

const SPEC: ReportSpecInput = { kind: 'ACTIVITY', groupBy: [{ field: 'createdAt', bucket: 'MONTH' }] };

const answer = (timeZone: string, month: string) => ({
  request: { query: ReportQuery, variables: { spec: { ...SPEC, timeZone } } },
  result: {
    data: {
      report: {
        __typename: 'Report',
        kind: 'ACTIVITY',
        list: 'activities',
        truncated: false,
        dimensions: [
          { __typename: 'ReportDimension', field: 'createdAt', label: 'Created', type: 'date', bucket: 'month' },
        ],
        measures: [{ __typename: 'ReportMeasure', label: 'Count' }],
        rows: [
          {
            __typename: 'ReportRow',
            keys: [month],
            labels: [month],
            values: [3],
            previous: null,
            filter: { createdAfter: month },
            previousFilter: null,
          },
        ],
        pivot: null,
      },
    },
  },
});

describe('ReportView', () => {
  it('asks for dates bucketed in the browser’s time zone, and links each figure to its records', async () => {
    const zone = browserTimeZone();
    expect(zone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    renderWithProviders(<ReportView spec={SPEC} chart="table" title="Per month" />, {
      mocks: [answer(zone, '2026-04-01')],
    });
    const table = await screen.findByRole('table', { name: 'Report data' });
    expect(within(table).getByText('2026-04-01')).toBeTruthy();
    expect(within(table).getByRole('link', { name: '3' }).getAttribute('href')).toContain('/activities?drill=');
  });

  it('keeps a time zone the spec names itself', async () => {
    expect(withTimeZone({ ...SPEC, timeZone: 'Asia/Tokyo' }).timeZone).toBe('Asia/Tokyo');
    renderWithProviders(<ReportView spec={{ ...SPEC, timeZone: 'Asia/Tokyo' }} chart="table" title="Per month" />, {
      mocks: [answer('Asia/Tokyo', '2026-05-01')],
    });
    await screen.findByText('2026-05-01');
  });
});
