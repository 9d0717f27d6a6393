import type { AnyRecordKind } from './domain-module';
import { linkField } from './record-kind';

/**
 * The kinds of record the registry lists, handed down to the modules that sit below it (activity
 * and document links): `modules/registry` provides them as it loads, before any request is served.
 */
let provided: readonly AnyRecordKind[] | undefined;

/** Called once by the registry with every kind of record. */
export function provideRecordKinds(kinds: readonly AnyRecordKind[]): void {
  provided = kinds;
}

function registered(): readonly AnyRecordKind[] {
  if (!provided) throw new Error('The record-kind registry (modules/registry) is not loaded');
  return provided;
}

/** The kinds activities can concern, or documents be attached to, in registry order. */
export function linkTargetKinds(from: 'activities' | 'documents'): AnyRecordKind[] {
  return registered().filter((kind) => kind.linkable?.[from] && kind.linkColumn);
}

/** The kind whose link field (`contactId`) is `field`. */
export function kindOfLinkField(field: string): AnyRecordKind {
  const kind = registered().find((candidate) => candidate.linkColumn && linkField(candidate) === field);
  if (!kind) throw new Error(`No kind of record has the link field ${field}`);
  return kind;
}
