import { urlParam } from '../useUrlState';

describe('urlParam', () => {
  it('leaves defaults out of the URL, so that links stay short', () => {
    expect(urlParam.string().format('')).toBeNull();
    expect(urlParam.integer(1).format(1)).toBeNull();
    expect(urlParam.list(['name', 'kind']).format(['name', 'kind'])).toBeNull();
    expect(urlParam.sort({ key: 'name', direction: 'asc' }).format({ key: 'name', direction: 'asc' })).toBeNull();
  });

  it('reads what it wrote', () => {
    const sort = urlParam.sort({ key: 'name', direction: 'asc' });
    expect(sort.format({ key: 'updated', direction: 'desc' })).toBe('-updated');
    expect(sort.parse('-updated')).toEqual({ key: 'updated', direction: 'desc' });
    expect(urlParam.list().parse('FR,DE')).toEqual(['FR', 'DE']);
  });

  it('falls back to the default for a hand-edited value it cannot read, and clamps numbers', () => {
    const page = urlParam.integer(1, { min: 1, max: 100 });
    expect(page.parse('abc')).toBe(1);
    expect(page.parse('0')).toBe(1);
    expect(page.parse('1000')).toBe(100);
  });
});
