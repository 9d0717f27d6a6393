import type { DomainModule } from '../shared/domain-module';
import { GraphResolver } from './graph.resolver';

/** The relationship graph: its queries (over the in-memory index). */
export const graphModule: DomainModule = {
  resolvers: [GraphResolver],
};
