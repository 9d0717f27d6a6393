import { pageCursor } from '../apollo/pageCursor';

describe('pageCursor', () => {
  it('starts the first page at the beginning', () => {
    expect(pageCursor(1, 25)).toBeUndefined();
  });

  it('starts page n after item (n - 1) × size - 1, as the server encodes positions', () => {
    expect(atob(pageCursor(2, 25)!)).toBe('p:24');
    expect(atob(pageCursor(5, 10)!)).toBe('p:39');
  });
});
