import { recordKinds, type DomainModule } from '../shared/domain-module';
import { User } from './user.entity';
import { USER } from './user.service';
import { ExpertUsersResolver, UserResolver } from './user.resolver';

/** What the user domain contributes to the schema, the data source and the registry. */
export const userModule: DomainModule = {
  resolvers: [UserResolver, ExpertUsersResolver],
  entities: [User],
  kinds: recordKinds(USER),
};
