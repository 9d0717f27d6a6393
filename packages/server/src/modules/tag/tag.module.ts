import { recordKinds, type DomainModule } from '../shared/domain-module';
import { Tag } from './tag.entity';
import { Tagging } from './tagging.entity';
import { TAG } from './tag.service';
import { TagResolver } from './tag.resolver';

/** What the tag domain contributes to the schema, the data source and the registry (tags on records are in `tagging`). */
export const tagModule: DomainModule = {
  resolvers: [TagResolver],
  entities: [Tag, Tagging],
  kinds: recordKinds(TAG),
};
