import { Alert, Button, Group, SegmentedControl, Select, Skeleton, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { ConflictDialog } from '../../../ui/conflict';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { capitalized, countOf } from '../boardLabels';
import type { BoardStage } from '../boardTypes';
import { OpportunityList } from '../components/OpportunityList';
import { PipelineBoard } from '../components/PipelineBoard';
import { PipelineFilters } from '../components/PipelineFilters';
import { boardCardOf, useBoardOpportunities } from '../hooks/useBoardOpportunities';
import { useMoveOpportunity } from '../hooks/useMoveOpportunity';
import { useOptimisticMoves } from '../hooks/useOptimisticMoves';
import { useStageTotals } from '../hooks/useStageTotals';
import { usePipelines } from '../hooks/usePipelines';
import { drilledPipelineId, usePipelineView, type PipelineViewMode } from '../hooks/usePipelineView';
import { valueFormatOf, wordingOf } from '../pipelineLabels';

const cardPath = (card: { id: string }) => `/opportunities/${card.id}`;

/** /pipeline and /pipeline/:pipelineId: the board of a pipeline, or its records as a list. */
export function PipelinePage() {
  const { pipelineId: routePipelineId } = useParams();
  const [searchParams] = useSearchParams();
  // A report cell opened here shows the pipeline its records are in.
  const pipelineId = routePipelineId ?? drilledPipelineId(searchParams.get('drill'));
  const navigate = useNavigate();
  // Leaving a report cell keeps its pipeline (and the filters set on top) in the address.
  const showAll = (id: string) => {
    const rest = new URLSearchParams(searchParams);
    rest.delete('drill');
    void navigate({ pathname: `/pipeline/${id}`, search: rest.toString() });
  };
  const { canEdit } = useSession();
  const { pipelines: all, loading, error, refetch } = usePipelines();
  const pipeline = all.find((candidate) => candidate.id === pipelineId) ?? (pipelineId ? undefined : all[0]);
  const { view, setView, filter, filtered, ready } = usePipelineView(pipeline?.id);
  const opportunities = useBoardOpportunities(filter, !pipeline || !ready);
  // Until every page is in, the headers count as the server does; then the cards, moves included.
  const serverTotals = useStageTotals(filter, !pipeline || !ready || opportunities.complete);

  const stages = useMemo<BoardStage[]>(
    () =>
      (pipeline?.stages ?? []).map((stage) => ({
        id: stage.id,
        name: stage.name,
        rottingDays: stage.rottingDays ?? null,
      })),
    [pipeline],
  );
  const wording = wordingOf(pipeline);
  const formatValue = useMemo(() => valueFormatOf(pipeline), [pipeline]);
  const cards = useMemo(() => opportunities.nodes.map(boardCardOf), [opportunities.nodes]);
  const { save, conflictDialogProps } = useMoveOpportunity(stages);
  const moves = useOptimisticMoves(cards, save);
  const listRows = useMemo(() => {
    const stageOf = new Map(moves.cards.map((card) => [card.id, card.stageId]));
    return opportunities.nodes.map((node) => ({ ...node, stageId: stageOf.get(node.id) ?? node.stageId }));
  }, [opportunities.nodes, moves.cards]);
  const onMove = useCallback(
    (card: Parameters<typeof moves.move>[0], stageId: string) => void moves.move(card, stageId),
    [moves],
  );

  if (loading) return <PageLoader />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!pipeline)
    return (
      <>
        <PageHeader title="Pipeline" />
        <Alert color="yellow" title={pipelineId ? 'No such pipeline' : 'No pipeline yet'}>
          {pipelineId ? (
            <Link to="/pipeline">Show the first pipeline</Link>
          ) : (
            'An admin defines pipelines and their stages.'
          )}
        </Alert>
      </>
    );

  const title = capitalized(wording.plural);
  const shown = opportunities.totalCount;
  return (
    <>
      <PageHeader
        title={`${pipeline.name} pipeline`}
        description={
          canEdit
            ? `${title} by stage. Drag a card by its handle (or with Space and the arrow keys), or use its “Move to stage…” menu.`
            : `${title} by stage.`
        }
        actions={
          canEdit && (
            <Button
              component={Link}
              to={`/opportunities/new?pipeline=${pipeline.id}`}
              leftSection={<IconPlus size={18} aria-hidden />}
            >
              New {wording.singular}
            </Button>
          )
        }
      />
      <Stack>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Select
            label="Pipeline"
            data={all.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            value={pipeline.id}
            allowDeselect={false}
            onChange={(id) => id && navigate({ pathname: `/pipeline/${id}`, search: window.location.search })}
            w={220}
          />
          <SegmentedControl
            aria-label="Show as"
            data={[
              { value: 'board', label: 'Board' },
              { value: 'list', label: 'List' },
            ]}
            value={view.view}
            onChange={(mode) => setView({ view: mode as PipelineViewMode })}
          />
        </Group>
        {view.drill ? (
          <Alert color="blue" mb="sm" title="The records of a report cell">
            <Group justify="space-between">
              <span>This shows exactly the records a report counted, and your filters on top.</span>
              <Button size="xs" variant="default" onClick={() => showAll(pipeline.id)}>
                Show all
              </Button>
            </Group>
          </Alert>
        ) : null}
        <PipelineFilters values={view} onChange={setView} />
        <Text size="sm" c="dimmed" aria-live="polite">
          {opportunities.complete || opportunities.loading
            ? `${countOf(shown, wording)}${filtered ? ' match the filters' : ''}.`
            : `Loading ${countOf(shown, wording)}: ${cards.length.toLocaleString('en-GB')} so far…`}
        </Text>
        {opportunities.error && <ErrorAlert error={opportunities.error} onRetry={() => void opportunities.refetch()} />}
        {opportunities.loading ? (
          <Skeleton height={480} aria-hidden />
        ) : view.view === 'list' ? (
          <OpportunityList rows={listRows} stages={stages} wording={wording} formatValue={formatValue} />
        ) : (
          <PipelineBoard
            stages={stages}
            cards={moves.cards}
            wording={wording}
            formatValue={formatValue}
            cardPath={cardPath}
            onMove={canEdit ? onMove : undefined}
            totals={opportunities.complete ? undefined : serverTotals}
          />
        )}
      </Stack>
      <ConflictDialog {...conflictDialogProps} />
    </>
  );
}
