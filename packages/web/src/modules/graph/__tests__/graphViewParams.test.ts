import { graphViewHref, parseGraphView } from '../lib/graphViewParams';

describe('graph view in the URL', () => {
  it('reads the defaults from an empty query', () => {
    const view = parseGraphView('');
    expect(view).toMatchObject({
      seeds: [],
      depth: 1,
      kinds: [],
      past: true,
      camera: null,
      pins: {},
      panel: 'details',
    });
  });

  it('writes a view and reads it back the same', () => {
    const state = {
      seeds: ['a', 'b'],
      depth: 2,
      kinds: ['CONTACT' as const, 'PROJECT' as const],
      edgeKinds: ['AFFILIATION' as const],
      roles: ['PI', 'partner'],
      asOf: '2021-06-01',
      past: false,
      expanded: ['c'],
      hidden: ['d'],
      pins: { e: { x: 1.25, y: -3 } },
      selected: 'a',
      from: 'a',
      to: 'f',
      who: 'g',
      camera: { x: 0.5, y: 0.25, ratio: 0.8 },
      panel: 'paths' as const,
      table: true,
      color: 'kind' as const,
    };
    const href = graphViewHref(state);
    expect(href.startsWith('/graph?')).toBe(true);
    expect(parseGraphView(href.slice('/graph'.length))).toEqual(state);
  });

  it('keeps defaults out of the link', () => {
    expect(graphViewHref({ seeds: ['x'], depth: 1, past: true, panel: 'details', camera: null })).toBe(
      '/graph?seeds=x',
    );
  });

  it('ignores what a hand-edited URL cannot mean', () => {
    const view = parseGraphView(
      '?depth=9&kinds=CONTACT,SPACESHIP&asOf=yesterday&camera=1,2,-1&pins=a:1:x,b:2:3&panel=nope',
    );
    expect(view.depth).toBe(3);
    expect(view.kinds).toEqual(['CONTACT']);
    expect(view.asOf).toBe('');
    expect(view.camera).toBeNull();
    expect(view.pins).toEqual({ b: { x: 2, y: 3 } });
    expect(view.panel).toBe('details');
  });
});
