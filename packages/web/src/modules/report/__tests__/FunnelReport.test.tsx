import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ReportTable } from '../components/ReportTable';
import { reportOption } from '../reportOption';

const stage = (id: string, name: string, values: (number | null)[]) => ({
  __typename: 'ReportRow' as const,
  keys: [id],
  labels: [name],
  values,
  previous: null,
  filter: { entered: { pipelineId: 'outreach', stageIds: [id] } },
  previousFilter: null,
});

/** The funnel of the outreach pipeline as the server answers it, stages in pipeline order. */
const REPORT = {
  __typename: 'Report' as const,
  kind: 'STAGE_ENTRY' as const,
  list: 'opportunities',
  truncated: false,
  dimensions: [
    { __typename: 'ReportDimension' as const, field: 'stage', label: 'Stage entered', type: 'stage', bucket: null },
  ],
  measures: [
    { __typename: 'ReportMeasure' as const, label: 'Count' },
    { __typename: 'ReportMeasure' as const, label: 'Average of Went further (%)' },
    { __typename: 'ReportMeasure' as const, label: 'Median of Days in the stage' },
  ],
  rows: [
    stage('s-dissemination', 'Dissemination', [6, 83.333333, 4]),
    stage('s-induction', 'Induction', [5, 60, 4.5]),
    stage('s-training', 'Training', [3, 33.333333, 16]),
    stage('s-established', 'Established', [1, 0, null]),
  ],
  pivot: null,
};

describe('the funnel of a pipeline', () => {
  it('draws the stages in pipeline order, however many entered each', () => {
    const { option, rowAt } = reportOption(REPORT, 'funnel');
    const [series] = option.series as { type: string; sort: string; data: { name: string; value: number }[] }[];
    expect(series.type).toBe('funnel');
    expect(series.sort).toBe('none');
    expect(series.data.map((d) => [d.name, d.value])).toEqual([
      ['Dissemination', 6],
      ['Induction', 5],
      ['Training', 3],
      ['Established', 1],
    ]);
    expect(rowAt).toEqual([[0, 1, 2, 3]]);
  });

  // The table the funnel's Table switch shows (the chart itself needs a canvas, which jsdom lacks).
  it('has a data table: conversion and median time per stage, each count opening its opportunities', async () => {
    renderWithProviders(<ReportTable report={REPORT} />);
    const table = await screen.findByRole('table', { name: 'Report data' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Stage entered', 'Count', 'Average of Went further (%)', 'Median of Days in the stage']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['Dissemination', '6', '83.33', '4'],
      ['Induction', '5', '60', '4.50'],
      ['Training', '3', '33.33', '16'],
      ['Established', '1', '0', '—'],
    ]);
    const href = within(table).getAllByRole('link', { name: '5' })[0].getAttribute('href')!;
    const url = new URL(href, 'http://liaison.test');
    expect(url.pathname).toBe('/pipeline');
    expect(JSON.parse(url.searchParams.get('drill')!)).toEqual({
      entered: { pipelineId: 'outreach', stageIds: ['s-induction'] },
    });
  });
});
