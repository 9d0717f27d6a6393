import { safeReturnTo } from './return-to';

const ORIGIN = 'https://liaison.example.org';

describe('safeReturnTo', () => {
  it.each([
    ['/contacts/1?tab=notes#x', '/contacts/1?tab=notes#x'],
    ['/', '/'],
    ['/a/../b', '/b'],
  ])('should keep the path %s', (value, expected) => {
    expect(safeReturnTo(value, ORIGIN)).toBe(expected);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/..//evil.example',
    '/a/../..//evil.example/x',
    '/.//evil.example',
    '/%2e%2e//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'relative/path',
    '/x\ny',
    '/\t/evil.example',
    '',
    undefined,
    ['/a', '/b'],
    `/${'a'.repeat(3000)}`,
  ])('should answer / for %j', (value) => {
    expect(safeReturnTo(value, ORIGIN)).toBe('/');
  });
});
