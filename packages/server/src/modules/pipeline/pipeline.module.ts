import type { DomainModule } from '../shared/domain-module';
import { PipelineAdminResolver } from './pipeline-admin.resolver';
import { Pipeline } from './pipeline.entity';
import { PipelineStage } from './pipeline-stage.entity';
import { PipelineResolver, PipelineStageResolver } from './pipeline.resolver';

/** Pipelines and their stages, which admins define and opportunities move through. */
export const pipelineModule: DomainModule = {
  resolvers: [PipelineResolver, PipelineStageResolver, PipelineAdminResolver],
  entities: [Pipeline, PipelineStage],
};
