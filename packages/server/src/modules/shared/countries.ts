/**
 * Country names to ISO 3166-1 alpha-2 codes: the English names (from the runtime's ICU data,
 * so the table is always complete) and the usual variants and former names people still type.
 */

/** Codes ICU names that are not countries or are reserved for other uses. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA', 'CQ']);

const VARIANTS: Record<string, string> = {
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'u.k.': 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'united kingdom of great britain and northern ireland': 'GB',
  russia: 'RU',
  'russian federation': 'RU',
  'south korea': 'KR',
  'korea, republic of': 'KR',
  'republic of korea': 'KR',
  korea: 'KR',
  'north korea': 'KP',
  "korea, democratic people's republic of": 'KP',
  'czech republic': 'CZ',
  holland: 'NL',
  'the netherlands': 'NL',
  'netherlands, the': 'NL',
  deutschland: 'DE',
  allemagne: 'DE',
  españa: 'ES',
  italia: 'IT',
  schweiz: 'CH',
  suisse: 'CH',
  svizzera: 'CH',
  österreich: 'AT',
  'ivory coast': 'CI',
  "cote d'ivoire": 'CI',
  'côte d’ivoire': 'CI',
  vietnam: 'VN',
  'viet nam': 'VN',
  'iran, islamic republic of': 'IR',
  'syrian arab republic': 'SY',
  'lao people’s democratic republic': 'LA',
  "lao people's democratic republic": 'LA',
  'moldova, republic of': 'MD',
  'republic of moldova': 'MD',
  'tanzania, united republic of': 'TZ',
  'bolivia, plurinational state of': 'BO',
  'venezuela, bolivarian republic of': 'VE',
  macedonia: 'MK',
  'republic of north macedonia': 'MK',
  'the former yugoslav republic of macedonia': 'MK',
  burma: 'MM',
  swaziland: 'SZ',
  'cape verde': 'CV',
  turkey: 'TR',
  türkiye: 'TR',
  'taiwan, province of china': 'TW',
  "people's republic of china": 'CN',
  'pr china': 'CN',
  'p.r. china': 'CN',
  'hong kong sar': 'HK',
  'hong kong sar china': 'HK',
  'macao sar china': 'MO',
  'palestine, state of': 'PS',
  palestine: 'PS',
  'vatican city': 'VA',
  'holy see': 'VA',
  'congo, the democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD',
  'dr congo': 'CD',
  'republic of the congo': 'CG',
  'brunei darussalam': 'BN',
  'east timor': 'TL',
  'micronesia, federated states of': 'FM',
  uae: 'AE',
};

function fold(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[’‘]/g, "'");
}

let byName: Map<string, string> | null = null;
let codes: Set<string> | null = null;

function tables(): { byName: Map<string, string>; codes: Set<string> } {
  if (byName && codes) return { byName, codes };
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  byName = new Map();
  codes = new Set();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      // Deprecated codes (UK, YU, ZR) canonicalize to another region or none.
      const current = Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
      if (!name || !current || NOT_COUNTRIES.has(code)) continue;
      codes.add(code);
      // "Bosnia & Herzegovina", "St. Lucia": also with "and" and "Saint".
      for (const spelling of [name, name.replace(/&/g, 'and').replace(/^St\. /, 'Saint ')]) {
        if (!byName.has(fold(spelling))) byName.set(fold(spelling), code);
      }
    }
  }
  for (const [name, code] of Object.entries(VARIANTS)) byName.set(fold(name), code);
  return { byName, codes };
}

/** The ISO code of a country given by its code (any case) or its name; null when unknown. */
export function countryCode(value: string): string | null {
  const text = value.trim();
  if (!text) return null;
  const { byName, codes } = tables();
  if (/^[a-z]{2}$/i.test(text) && codes.has(text.toUpperCase())) return text.toUpperCase();
  return byName.get(fold(text)) ?? byName.get(fold(text.replace(/^the /i, ''))) ?? null;
}
