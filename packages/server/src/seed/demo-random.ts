import type { Faker } from '@faker-js/faker';

/** All dates are computed from this instant, never from the clock, so that runs repeat. */
export const REFERENCE_DATE = Date.UTC(2026, 5, 1);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const YEAR = 365 * DAY;
/** Records were created over the three years before the reference date. */
export const HISTORY_START = REFERENCE_DATE - 3 * YEAR;

/** Small helpers over a seeded faker: every random choice of the generator goes through one. */
export class DemoRandom {
  constructor(readonly faker: Faker) {}

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  chance(probability: number): boolean {
    return this.faker.number.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.faker.number.float() * total;
    for (const [item, weight] of items) {
      point -= weight;
      if (point < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** `count` distinct items of `items` (fewer if it has fewer). */
  some<T>(items: readonly T[], count: number): T[] {
    return this.faker.helpers.arrayElements(items, Math.min(count, items.length));
  }

  uuid(): string {
    return this.faker.string.uuid();
  }

  /** An instant in [from, to], in milliseconds. */
  time(from: number, to: number): number {
    return to <= from ? from : this.int(from, to);
  }
}

export const isoTime = (ms: number): string => new Date(ms).toISOString();
export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const yearOf = (ms: number): number => new Date(ms).getUTCFullYear();

/** Replaces `{name}` placeholders (and a word doubled by them: "Climate Research Research Centre"). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
    .replace(/\b(\w+) \1\b/g, '$1');
}

/** A title in the middle of a sentence: "Backup of data" → "backup of data", "IPv6 support" unchanged. */
export const midSentence = (title: string): string =>
  /^[A-Z][a-z]/.test(title) ? title[0].toLowerCase() + title.slice(1) : title;

const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};
const SPECIAL: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };

/** Lower-case ASCII letters and digits separated by `separator`, for e-mail addresses and hosts. */
export function slug(text: string, separator = '-'): string {
  const plain = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u0080-\uffff]/g, (char) => GREEK[char] ?? SPECIAL[char] ?? '');
  return plain
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(separator);
}

const MINOR_WORDS = new Set([
  'of',
  'for',
  'the',
  'and',
  'in',
  'on',
  'de',
  'di',
  'del',
  'la',
  'le',
  'du',
  'des',
  'van',
  'voor',
  'für',
  'i',
  'v',
  'u',
  'a',
  'e',
  'et',
  'im',
  '&',
  '–',
]);

/** Initials of the significant words of a name: "Centre for Marine Sciences" → "CMS". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => word.length > 0 && !MINOR_WORDS.has(word.toLowerCase()))
    .map((word) => slug(word[0]).toUpperCase())
    .join('');
}
