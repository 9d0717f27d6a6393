import { countryCode } from './countries';

describe('country names and codes', () => {
  it.each([
    ['DE', 'DE'],
    ['de', 'DE'],
    ['Germany', 'DE'],
    [' germany ', 'DE'],
    ['Deutschland', 'DE'],
    ['United States', 'US'],
    ['USA', 'US'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['Czech Republic', 'CZ'],
    ['Czechia', 'CZ'],
    ['The Netherlands', 'NL'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Bosnia & Herzegovina', 'BA'],
    ['Saint Lucia', 'LC'],
    ["Côte d'Ivoire", 'CI'],
    ['Korea, Republic of', 'KR'],
    ['Russian Federation', 'RU'],
    ['Kosovo', 'XK'],
  ])('reads %p as %p', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it.each(['', 'Atlantis', 'EU', 'ZZ', 'YU', 'European Union', 'XYZ'])('knows no country %p', (name) => {
    expect(countryCode(name)).toBeNull();
  });
});
