import { CHART_BACKGROUNDS, SERIES_PALETTE, themed } from '../chartTheme';

/** WCAG's relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('chart theme', () => {
  it.each(['light', 'dark'] as const)(
    'should draw %s series in colours that stand out 3:1 from every background of the scheme',
    (scheme) => {
      const palette = SERIES_PALETTE[scheme];
      expect(new Set(palette).size).toBe(palette.length);
      expect(palette.length).toBeGreaterThanOrEqual(8);
      for (const colour of palette)
        for (const background of CHART_BACKGROUNDS[scheme])
          expect([colour, background, contrast(colour, background) >= 3]).toEqual([colour, background, true]);
    },
  );

  it('should give the series the palette of the scheme, and text and axes its colours', () => {
    const option = { xAxis: { type: 'category' }, yAxis: [{ type: 'value' }], series: [] };
    const light = themed(option, false);
    const dark = themed(option, true);
    expect(light.color).toEqual(SERIES_PALETTE.light);
    expect(dark.color).toEqual(SERIES_PALETTE.dark);
    expect(dark.textStyle).toEqual({ color: '#e9ecef' });
    expect(dark.xAxis).toMatchObject({ type: 'category', axisLabel: { color: '#e9ecef' } });
    expect(dark.yAxis).toEqual([expect.objectContaining({ type: 'value', axisLabel: { color: '#e9ecef' } })]);
    expect(light.backgroundColor).toBe('transparent');
  });

  it('should keep colours an option sets itself, and run a heatmap towards the first series colour', () => {
    expect(themed({ color: ['#000000'] }, true).color).toEqual(['#000000']);
    const heatmap = themed({ visualMap: { min: 0, max: 4 } }, true);
    expect(heatmap.visualMap).toMatchObject({
      min: 0,
      max: 4,
      inRange: { color: ['#1d3a52', SERIES_PALETTE.dark[0]] },
    });
    expect(themed({}, false).visualMap).toBeUndefined();
  });
});
