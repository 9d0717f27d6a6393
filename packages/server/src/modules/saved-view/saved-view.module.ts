import { recordKinds, type DomainModule } from '../shared/domain-module';
import { SavedView } from './saved-view.entity';
import { SavedViewResolver } from './saved-view.resolver';
import { SAVED_VIEW } from './saved-view.service';

/** Saved views of lists. */
export const savedViewModule: DomainModule = {
  resolvers: [SavedViewResolver],
  entities: [SavedView],
  kinds: recordKinds(SAVED_VIEW),
};
