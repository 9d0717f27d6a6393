import { RECORD_KINDS } from './recordKinds';

export interface KindCount {
  /** The GraphQL type of the records counted: `Organization`. */
  type: string;
  count: number;
}

/** "2 organizations, 1 contact": counts by kind of record, in words. */
export function describeKindCounts(counts: readonly KindCount[]): string {
  return counts
    .map(({ type, count }) => {
      const kind = RECORD_KINDS.find((candidate) => candidate.typename === type);
      const noun = count === 1 ? (kind?.label ?? type) : (kind?.plural ?? `${type}s`);
      return `${count} ${noun.toLowerCase()}`;
    })
    .join(', ');
}
