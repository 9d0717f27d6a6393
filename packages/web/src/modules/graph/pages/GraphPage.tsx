import { Alert, Badge, Button, Grid, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconChartDots3, IconDeviceFloppy, IconTable } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type Sigma from 'sigma';
import { useSession } from '../../../app/session/useSession';
import { GRAPH_TARGET } from '../../savedView/lib/savedViewTargets';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useUrlState } from '../../../ui/useUrlState';
import { GraphCanvas, type Highlight } from '../components/GraphCanvas';
import { GraphExportMenu } from '../components/GraphExportMenu';
import { GraphFilters } from '../components/GraphFilters';
import { GraphStart } from '../components/GraphStart';
import { GraphTable } from '../components/GraphTable';
import { NodeDetails } from '../components/NodeDetails';
import { PathPanel } from '../components/PathPanel';
import { useGraphData } from '../hooks/useGraphData';
import { useGraphLayout } from '../hooks/useGraphLayout';
import { buildGraph, withoutHidden, type EdgeAttributes, type NodeAttributes } from '../lib/graphModel';
import type { GraphNodeData } from '../lib/graphTypes';
import { graphViewParams, type CameraView, type GraphPanel } from '../lib/graphViewParams';

/** The save dialog loads on first use. */
const SaveViewDialog = lazy(async () => ({
  default: (await import('../../savedView/components/SaveViewDialog')).SaveViewDialog,
}));

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

/** The relationship graph explorer at /graph: the whole view lives in the URL. */
export function GraphPage() {
  const [state, setState] = useUrlState(graphViewParams);
  const data = useGraphData(state);
  const sigmaRef = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const [communitiesVersion, setCommunitiesVersion] = useState(0);
  const [focusedPath, setFocusedPath] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const { canEdit } = useSession();
  const { search } = useLocation();

  const view = useMemo(() => withoutHidden(data.view, state.hidden), [data.view, state.hidden]);
  const graph = useMemo(() => buildGraph(view), [view]);
  const { running } = useGraphLayout(graph, state.pins, () => setCommunitiesVersion((v) => v + 1));

  const byId = useMemo(() => new Map(data.view.nodes.map((node) => [node.id, node])), [data.view.nodes]);
  const nodeOf = (id: string): GraphNodeData | null =>
    byId.get(id) ?? data.paths.flatMap((path) => path.nodes).find((node) => node.id === id) ?? null;

  const highlight = useMemo<Highlight | null>(() => {
    const shown = focusedPath !== null && data.paths[focusedPath] ? [data.paths[focusedPath]] : data.paths;
    const all = [...shown, ...(state.who ? data.acquaintances.map((entry) => entry.path) : [])];
    if (all.length === 0) return null;
    return {
      nodes: new Set(all.flatMap((path) => path.nodes.map((node) => node.id))),
      edges: new Set(all.flatMap((path) => path.edges.map((edge) => edge.id))),
    };
  }, [data.paths, data.acquaintances, focusedPath, state.who]);

  const select = useCallback((id: string) => setState({ selected: id, panel: 'details' }), [setState]);
  const expand = useCallback(
    (id: string) =>
      setState({ expanded: state.expanded.includes(id) ? state.expanded : [...state.expanded, id], selected: id }),
    [setState, state.expanded],
  );
  const onCameraChange = useCallback((camera: CameraView) => setState({ camera }, { replace: true }), [setState]);

  const selected = state.selected ? nodeOf(state.selected) : null;
  const links = selected
    ? view.edges
        .filter((edge) => edge.source === selected.id || edge.target === selected.id)
        .map((edge) => ({ edge, other: byId.get(edge.source === selected.id ? edge.target : edge.source)! }))
        .filter((link) => link.other)
    : [];

  const tableNodes = useMemo(
    () =>
      view.nodes.map((node) => ({
        ...node,
        degree: graph.hasNode(node.id) ? graph.degree(node.id) : node.degree,
        community: graph.hasNode(node.id) ? graph.getNodeAttribute(node.id, 'community') : -1,
      })),
    // The communities arrive from the layout worker after the graph is built.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, graph, communitiesVersion],
  );
  const tableEdges = useMemo(
    () =>
      view.edges.map((edge) => ({
        ...edge,
        sourceLabel: byId.get(edge.source)?.label ?? edge.source,
        targetLabel: byId.get(edge.target)?.label ?? edge.target,
      })),
    [view.edges, byId],
  );

  const empty = state.seeds.length === 0;
  return (
    <>
      <PageHeader
        title="Graph"
        description="Who is connected to whom, through which organizations and projects."
        actions={
          !empty && (
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={
                  state.table ? <IconChartDots3 size={18} aria-hidden /> : <IconTable size={18} aria-hidden />
                }
                onClick={() => setState({ table: !state.table })}
              >
                {state.table ? 'Show as drawing' : 'Show as table'}
              </Button>
              <GraphExportMenu view={view} graph={graph} sigma={() => sigmaRef.current} />
              {canEdit && (
                <Button
                  variant="default"
                  leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                  onClick={() => setSaving(true)}
                >
                  Save view
                </Button>
              )}
            </Group>
          )
        }
      />
      {empty ? (
        <GraphStart onStart={(id) => setState({ seeds: [id], selected: id })} />
      ) : (
        <Stack gap="md">
          <Paper withBorder p="sm">
            <GraphFilters state={state} onChange={(patch) => setState(patch)} />
          </Paper>
          {data.error && <ErrorAlert error={data.error} onRetry={data.refetch} />}
          {view.nodes.length > 0 && (
            <Group gap="xs">
              <Text size="sm" aria-live="polite">
                {view.nodes.length} records, {view.edges.length} links
                {state.hidden.length > 0 && `, ${state.hidden.length} hidden`}
              </Text>
              {running && <Badge variant="light">Laying out…</Badge>}
              {data.loading && <Badge variant="light">Loading…</Badge>}
              {state.hidden.length > 0 && (
                <Button size="compact-xs" variant="subtle" onClick={() => setState({ hidden: [] })}>
                  Show hidden records
                </Button>
              )}
            </Group>
          )}
          {data.view.truncated && (
            <Alert color="yellow" title="Only part of the neighbourhood is shown">
              The most connected records were kept. Narrow the filters or lower the depth to see the rest.
            </Alert>
          )}
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              {state.table ? (
                <GraphTable nodes={tableNodes} edges={tableEdges} onSelect={select} />
              ) : (
                <Paper
                  withBorder
                  h="70vh"
                  mih={420}
                  style={{ overflow: 'hidden' }}
                  role="img"
                  aria-label={`Drawing of ${view.nodes.length} records and ${view.edges.length} links; "Show as table" lists them`}
                >
                  <GraphCanvas
                    ref={sigmaRef}
                    graph={graph}
                    colorBy={state.color}
                    selected={state.selected}
                    highlight={highlight}
                    initialCamera={state.camera}
                    onCameraChange={onCameraChange}
                    onSelect={select}
                    onExpand={expand}
                    version={communitiesVersion}
                    layingOut={running}
                  />
                </Paper>
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper withBorder p="sm">
                <Tabs value={state.panel} onChange={(panel) => setState({ panel: (panel ?? 'details') as GraphPanel })}>
                  <Tabs.List mb="sm">
                    <Tabs.Tab value="details">Details</Tabs.Tab>
                    <Tabs.Tab value="paths">Paths</Tabs.Tab>
                  </Tabs.List>
                  <Tabs.Panel value="details">
                    {selected ? (
                      <NodeDetails
                        node={selected}
                        links={links}
                        pinned={Boolean(state.pins[selected.id])}
                        onSelect={select}
                        onExpand={() => expand(selected.id)}
                        onHide={() => setState({ hidden: toggle(state.hidden, selected.id), selected: '' })}
                        onTogglePin={() => {
                          const pins = { ...state.pins };
                          if (pins[selected.id]) delete pins[selected.id];
                          else if (graph.hasNode(selected.id)) {
                            const { x, y } = graph.getNodeAttributes(selected.id);
                            pins[selected.id] = { x, y };
                          }
                          setState({ pins });
                        }}
                        onPathFrom={() => setState({ from: selected.id, panel: 'paths' })}
                        onPathTo={() => setState({ to: selected.id, panel: 'paths' })}
                        onWhoKnows={() => setState({ who: selected.id, panel: 'paths' })}
                      />
                    ) : (
                      <Text size="sm">Click a record in the drawing or the table to see its details here.</Text>
                    )}
                  </Tabs.Panel>
                  <Tabs.Panel value="paths">
                    <PathPanel
                      from={state.from ? nodeOf(state.from) : null}
                      to={state.to ? nodeOf(state.to) : null}
                      paths={data.paths}
                      loading={data.pathsLoading}
                      error={data.pathsError}
                      focused={focusedPath}
                      onFocus={setFocusedPath}
                      onChange={(patch) => {
                        setFocusedPath(null);
                        setState(patch);
                      }}
                      who={state.who ? nodeOf(state.who) : null}
                      acquaintances={data.acquaintances}
                      whoLoading={data.whoKnowsLoading}
                      whoError={data.whoKnowsError}
                      onClearWho={() => setState({ who: '' })}
                    />
                  </Tabs.Panel>
                </Tabs>
              </Paper>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
      {saving && (
        <Suspense fallback={null}>
          <SaveViewDialog target={GRAPH_TARGET} search={search} onClose={() => setSaving(false)} />
        </Suspense>
      )}
    </>
  );
}
