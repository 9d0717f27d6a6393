import { recordKinds, type DomainModule } from '../shared/domain-module';
import { Project } from './project.entity';
import { PROJECT } from './project.service';
import { ProjectResolver } from './project.resolver';

/** What the project domain contributes to the schema, the data source and the registry (links and work have their own modules). */
export const projectModule: DomainModule = {
  resolvers: [ProjectResolver],
  entities: [Project],
  kinds: recordKinds(PROJECT),
};
