import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession } from '../../../app/session/useSession';
import type { PipelineSettingsQuery as Settings } from '../../../generated/graphql';
import { describeError } from '../../../ui/errors/describeError';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { VALUE_UNIT_LABELS } from '../pipelineLabels';
import { PipelineDialog } from './PipelineDialog';
import {
  AddPipelineStageMutation,
  PipelineSettingsQuery,
  RemovePipelineStageMutation,
  ReorderPipelineStagesMutation,
  UpdatePipelineMutation,
  UpdatePipelineStageMutation,
} from './pipelineAdminOperations';
import { RemoveStageDialog } from './RemoveStageDialog';
import { STAGE_KIND_OPTIONS, StageDialog, type StageValues } from './StageDialog';

type Pipeline = Settings['pipelines'][number];
type Stage = Pipeline['stages'][number];

/** Everything that shows pipelines asks again after a change: this page, the board, the forms. */
const REFETCH = { refetchQueries: ['PipelineSettings', 'Pipelines'], awaitRefetchQueries: true };

const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));
const KIND_LABELS = Object.fromEntries(STAGE_KIND_OPTIONS.map((option) => [option.value, option.label.split(':')[0]]));

type Dialog =
  | { type: 'pipeline'; pipeline: Pipeline }
  | { type: 'add'; pipeline: Pipeline }
  | { type: 'edit'; stage: Stage }
  | { type: 'remove'; pipeline: Pipeline; stage: Stage };

/** /admin/pipelines: the pipelines and their stages; admins rename, add, reorder and remove stages. */
export function PipelineSettingsPage() {
  const { isAdmin } = useSession();
  const { data, error, refetch } = useQuery(PipelineSettingsQuery);
  const [updatePipeline] = useMutation(UpdatePipelineMutation, REFETCH);
  const [addStage] = useMutation(AddPipelineStageMutation, REFETCH);
  const [updateStage] = useMutation(UpdatePipelineStageMutation, REFETCH);
  const [reorder] = useMutation(ReorderPipelineStagesMutation, REFETCH);
  const [removeStage] = useMutation(RemovePipelineStageMutation, REFETCH);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const move = async (pipeline: Pipeline, index: number, step: -1 | 1) => {
    const ids = pipeline.stages.map((stage) => stage.id);
    [ids[index], ids[index + step]] = [ids[index + step]!, ids[index]!];
    try {
      await reorder({ variables: { input: { pipelineId: pipeline.id, stageIds: ids } } });
    } catch (caught) {
      const { title, message } = describeError(caught);
      notifications.show({ color: 'red', title, message });
    }
  };
  const stageInput = (values: StageValues) => ({
    name: values.name.trim(),
    kind: values.kind,
    probability: numberOrNull(values.probability),
    rottingDays: numberOrNull(values.rottingDays),
  });

  return (
    <>
      <PageHeader
        title="Pipelines"
        description="The stages that opportunities move through, in their order. Engagements go through the outreach pipeline."
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!data && !error && <Skeleton height={200} />}
      <Stack>
        {data?.pipelines.map((pipeline) => (
          <Paper key={pipeline.id} withBorder p="md" component="section" aria-labelledby={`pipeline-${pipeline.id}`}>
            <Group justify="space-between" mb="sm">
              <Group gap="xs">
                <Title order={2} size="h4" id={`pipeline-${pipeline.id}`}>
                  {pipeline.name}
                </Title>
                <Badge variant="light" color="gray" tt="none">
                  Value in {VALUE_UNIT_LABELS[pipeline.valueUnit].toLowerCase()}
                  {pipeline.valueUnit === 'MONEY' && pipeline.currency ? ` (${pipeline.currency})` : ''}
                </Badge>
              </Group>
              {isAdmin && (
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setDialog({ type: 'pipeline', pipeline })}
                  >
                    Rename…
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => setDialog({ type: 'add', pipeline })}
                  >
                    Add stage
                  </Button>
                </Group>
              )}
            </Group>
            <Table aria-label={`Stages of ${pipeline.name}`} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Stage</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Probability</Table.Th>
                  <Table.Th scope="col">Rotting after</Table.Th>
                  {isAdmin && (
                    <Table.Th scope="col">
                      <Text span size="sm" fw={700}>
                        Actions
                      </Text>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pipeline.stages.map((stage, index) => (
                  <Table.Tr key={stage.id}>
                    <Table.Th scope="row">{stage.name}</Table.Th>
                    <Table.Td>{KIND_LABELS[stage.kind]}</Table.Td>
                    <Table.Td>{stage.probability == null ? '—' : `${stage.probability}%`}</Table.Td>
                    <Table.Td>{stage.rottingDays == null ? 'Never' : `${stage.rottingDays} days`}</Table.Td>
                    {isAdmin && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Tooltip label="Move up" openDelay={400}>
                            <ActionIcon
                              variant="subtle"
                              aria-label={`Move ${stage.name} up`}
                              disabled={index === 0}
                              onClick={() => void move(pipeline, index, -1)}
                            >
                              <IconArrowUp size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label="Move down" openDelay={400}>
                            <ActionIcon
                              variant="subtle"
                              aria-label={`Move ${stage.name} down`}
                              disabled={index === pipeline.stages.length - 1}
                              onClick={() => void move(pipeline, index, 1)}
                            >
                              <IconArrowDown size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label="Edit…" openDelay={400}>
                            <ActionIcon
                              variant="subtle"
                              aria-label={`Edit ${stage.name}`}
                              onClick={() => setDialog({ type: 'edit', stage })}
                            >
                              <IconPencil size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label="Remove…" openDelay={400}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={`Remove ${stage.name}`}
                              disabled={pipeline.stages.length === 1}
                              onClick={() => setDialog({ type: 'remove', pipeline, stage })}
                            >
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ))}
      </Stack>
      {dialog?.type === 'pipeline' && (
        <PipelineDialog
          pipeline={{
            name: dialog.pipeline.name,
            valueUnit: dialog.pipeline.valueUnit,
            currency: dialog.pipeline.currency ?? '',
          }}
          onClose={close}
          onSave={(values) =>
            updatePipeline({
              variables: {
                input: {
                  id: dialog.pipeline.id,
                  version: dialog.pipeline.version,
                  name: values.name.trim(),
                  valueUnit: values.valueUnit,
                  ...(values.valueUnit === 'MONEY' && { currency: values.currency.trim() }),
                },
              },
            })
          }
        />
      )}
      {dialog?.type === 'add' && (
        <StageDialog
          title={`Add a stage to ${dialog.pipeline.name}`}
          onClose={close}
          onSave={(values) =>
            addStage({ variables: { input: { pipelineId: dialog.pipeline.id, ...stageInput(values) } } })
          }
        />
      )}
      {dialog?.type === 'edit' && (
        <StageDialog
          title={`Edit the stage ${dialog.stage.name}`}
          stage={{
            name: dialog.stage.name,
            kind: dialog.stage.kind,
            probability: dialog.stage.probability ?? '',
            rottingDays: dialog.stage.rottingDays ?? '',
          }}
          onClose={close}
          onSave={(values) =>
            updateStage({
              variables: { input: { id: dialog.stage.id, version: dialog.stage.version, ...stageInput(values) } },
            })
          }
        />
      )}
      {dialog?.type === 'remove' && (
        <RemoveStageDialog
          stageName={dialog.stage.name}
          otherStages={dialog.pipeline.stages.filter((stage) => stage.id !== dialog.stage.id)}
          onClose={close}
          onRemove={(moveToStageId) =>
            removeStage({ variables: { input: { id: dialog.stage.id, ...(moveToStageId && { moveToStageId }) } } })
          }
        />
      )}
    </>
  );
}
