import type { ClassType } from 'type-graphql';
import type { RecordEntity } from '../../core/db/record.entity';
import type { ResolverClass } from '../../core/graphql/build-schema';
import type { RecordKind } from './record-kind';

/** A kind of record whatever its entity, as the registry holds them. */
export type AnyRecordKind = RecordKind<RecordEntity>;

/**
 * What a module folder contributes, declared in its `<folder>.module.ts`: its resolvers to the
 * schema, its entities to the data source, its kinds of record to the registry.
 */
export interface DomainModule {
  resolvers: ResolverClass[];
  entities?: ClassType[];
  kinds?: readonly AnyRecordKind[];
}

/** Kinds of record as the registry holds them (each describes its own entity). */
export function recordKinds<T extends RecordEntity[]>(...kinds: { [K in keyof T]: RecordKind<T[K]> }): AnyRecordKind[] {
  return kinds as unknown as AnyRecordKind[];
}
