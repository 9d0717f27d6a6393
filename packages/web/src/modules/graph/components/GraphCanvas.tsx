import { SigmaContainer, useRegisterEvents, useSigma } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import { forwardRef, useEffect, useMemo, useRef } from 'react';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import {
  communityColor,
  KIND_COLORS,
  LARGE,
  type EdgeAttributes,
  type NodeAttributes,
  type ViewGraph,
} from '../lib/graphModel';
import type { CameraView } from '../lib/graphViewParams';

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

interface GraphCanvasProps {
  graph: ViewGraph;
  colorBy: 'community' | 'kind';
  selected: string;
  highlight: Highlight | null;
  /** Where the camera starts (from the URL); later moves are reported by onCameraChange. */
  initialCamera: CameraView | null;
  onCameraChange(camera: CameraView): void;
  onSelect(id: string): void;
  onExpand(id: string): void;
  /** A change that has to redraw (new communities). */
  version: number;
  /** The layout is still moving the nodes. */
  layingOut: boolean;
}

const DIMMED = '#e4e4e4';

/** Wires sigma's events and the view's state into the renderer. */
function GraphBehaviour(props: GraphCanvasProps) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const register = useRegisterEvents();
  const { graph, colorBy, selected, highlight, onCameraChange, onSelect, onExpand, version, layingOut } = props;
  const initialCamera = useRef(props.initialCamera);

  useEffect(() => {
    sigma.setGraph(graph);
    if (graph.order === 0) return;
    // A User Timing mark of the first drawing of each new graph (read by the browser benchmark).
    const mark = () => performance.mark('liaison:graph-rendered', { detail: { nodes: graph.order } });
    sigma.once('afterRender', mark);
    return () => void sigma.off('afterRender', mark);
  }, [sigma, graph]);

  useEffect(() => {
    if (initialCamera.current) sigma.getCamera().setState(initialCamera.current);
  }, [sigma]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const camera = sigma.getCamera();
    const report = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = camera.getState();
        onCameraChange({ x, y, ratio });
      }, 400);
    };
    camera.on('updated', report);
    return () => {
      clearTimeout(timer);
      camera.off('updated', report);
    };
  }, [sigma, onCameraChange]);

  useEffect(() => {
    register({
      clickNode: ({ node }) => onSelect(node),
      doubleClickNode: (event) => {
        event.preventSigmaDefault();
        onExpand(event.node);
      },
      enterNode: () => sigma.getContainer().style.setProperty('cursor', 'pointer'),
      leaveNode: () => sigma.getContainer().style.removeProperty('cursor'),
    });
  }, [register, sigma, onSelect, onExpand]);

  useEffect(() => {
    // Large views pan and zoom without links and labels, which come back when the camera stops.
    const large = graph.order > LARGE;
    sigma.setSetting('hideEdgesOnMove', large);
    sigma.setSetting('hideLabelsOnMove', large);
  }, [sigma, graph]);

  useEffect(() => {
    const neighbours = selected && graph.hasNode(selected) ? new Set(graph.neighbors(selected)) : null;
    sigma.setSetting('nodeReducer', (node, attributes) => {
      const color = colorBy === 'kind' ? KIND_COLORS[attributes.kind] : communityColor(attributes.community);
      const out = { ...attributes, color };
      if (node === selected) return { ...out, highlighted: true, zIndex: 2 };
      if (highlight) {
        return highlight.nodes.has(node)
          ? { ...out, highlighted: true, zIndex: 1 }
          : { ...out, color: DIMMED, label: '' };
      }
      if (neighbours && !neighbours.has(node)) return { ...out, zIndex: 0 };
      return out;
    });
    const withoutLinks = layingOut && graph.order > LARGE;
    sigma.setSetting('edgeReducer', (edge, attributes) => {
      if (withoutLinks) return { ...attributes, hidden: true };
      if (highlight) {
        return highlight.edges.has(edge)
          ? { ...attributes, color: '#222222', size: attributes.size + 2, zIndex: 1 }
          : { ...attributes, color: '#f0f0f0' };
      }
      // The graph sigma draws now: a new one may be set before these reducers are replaced.
      const current = sigma.getGraph();
      if (selected && current.hasNode(selected) && current.hasEdge(edge) && current.hasExtremity(edge, selected)) {
        return { ...attributes, color: '#555555', zIndex: 1 };
      }
      return attributes;
    });
  }, [sigma, graph, colorBy, selected, highlight, version, layingOut]);

  return null;
}

/** The graph drawn with WebGL by sigma: click a node to select it, double-click to expand it. */
export const GraphCanvas = forwardRef<Sigma<NodeAttributes, EdgeAttributes> | null, GraphCanvasProps>(
  function GraphCanvas(props, ref) {
    const settings = useMemo<Partial<Settings<NodeAttributes, EdgeAttributes>>>(
      () => ({
        renderEdgeLabels: false,
        labelRenderedSizeThreshold: 7,
        labelDensity: 0.5,
        zIndex: true,
        defaultEdgeColor: '#b4b4b4',
        minCameraRatio: 0.02,
        maxCameraRatio: 20,
      }),
      [],
    );
    return (
      <SigmaContainer<NodeAttributes, EdgeAttributes>
        ref={ref}
        settings={settings}
        style={{ height: '100%', width: '100%' }}
        className="liaison-graph"
      >
        <GraphBehaviour {...props} />
      </SigmaContainer>
    );
  },
);
