import type { SearchType } from '../../generated/graphql';
import { kindOfSearchType, recordPath } from '../records/recordKinds';

/** The detail page of a search hit. */
export function routeOfHit(type: SearchType, id: string): string {
  return recordPath(kindOfSearchType(type), id);
}
