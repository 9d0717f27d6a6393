import type { GraphEdgeData, GraphNodeData } from './graphTypes';

/** Where a node is drawn and how, when known (the view's layout and colours). */
export interface GexfNodeLook {
  x: number;
  y: number;
  size: number;
  /** `#rrggbb` */
  color: string;
  community?: number;
}

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';

type Value = string | number | boolean | null | undefined;
interface AttributeSpec<T> {
  id: string;
  type: 'string' | 'integer' | 'float' | 'boolean';
  value: (item: T) => Value;
}

const NODE_ATTRIBUTES: AttributeSpec<GraphNodeData & { community?: number }>[] = [
  { id: 'kind', type: 'string', value: (node) => node.kind },
  { id: 'subtitle', type: 'string', value: (node) => node.subtitle },
  { id: 'country', type: 'string', value: (node) => node.country },
  { id: 'degree', type: 'integer', value: (node) => node.degree },
  { id: 'community', type: 'integer', value: (node) => node.community },
];

const EDGE_ATTRIBUTES: AttributeSpec<GraphEdgeData>[] = [
  { id: 'kind', type: 'string', value: (edge) => edge.kind },
  { id: 'role', type: 'string', value: (edge) => edge.role },
  { id: 'main', type: 'boolean', value: (edge) => edge.main },
  { id: 'since', type: 'string', value: (edge) => edge.since },
  { id: 'until', type: 'string', value: (edge) => edge.until },
  { id: 'past', type: 'boolean', value: (edge) => edge.past },
  { id: 'note', type: 'string', value: (edge) => edge.note },
  { id: 'count', type: 'integer', value: (edge) => edge.count },
  { id: 'lastDate', type: 'string', value: (edge) => edge.lastDate },
];

/** Text safe inside an XML attribute: escaped, and without the control characters XML 1.0 forbids. */
function xmlText(value: Value): string {
  return String(value ?? '')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function declarations<T>(klass: 'node' | 'edge', specs: AttributeSpec<T>[]): string {
  const lines = specs.map((spec) => `      <attribute id="${spec.id}" title="${spec.id}" type="${spec.type}"/>`);
  return `    <attributes class="${klass}" mode="static">\n${lines.join('\n')}\n    </attributes>`;
}

function attvalues<T>(specs: AttributeSpec<T>[], item: T, indent: string): string {
  const values = specs
    .map((spec) => [spec.id, spec.value(item)] as const)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([id, value]) => `${indent}  <attvalue for="${id}" value="${xmlText(value)}"/>`);
  return values.length ? `${indent}<attvalues>\n${values.join('\n')}\n${indent}</attvalues>\n` : '';
}

function viz(look: GexfNodeLook | undefined, indent: string): string {
  if (!look) return '';
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(look.color);
  const [r, g, b] = hex ? hex.slice(1).map((part) => Number.parseInt(part, 16)) : [128, 128, 128];
  return (
    `${indent}<viz:color r="${r}" g="${g}" b="${b}"/>\n` +
    `${indent}<viz:position x="${look.x.toFixed(3)}" y="${look.y.toFixed(3)}" z="0"/>\n` +
    `${indent}<viz:size value="${look.size.toFixed(2)}"/>\n`
  );
}

/**
 * The view as GEXF 1.3 (what Gephi opens): nodes and edges with every attribute the API gave, and
 * the positions, sizes and colours the view drew them with.
 */
export function toGexf(
  nodes: GraphNodeData[],
  edges: GraphEdgeData[],
  looks: Map<string, GexfNodeLook> = new Map(),
  today = new Date().toISOString().slice(0, 10),
): string {
  const known = new Set(nodes.map((node) => node.id));
  const nodeLines = nodes.map((node) => {
    const look = looks.get(node.id);
    const item = { ...node, community: look?.community };
    return (
      `      <node id="${xmlText(node.id)}" label="${xmlText(node.label)}">\n` +
      attvalues(NODE_ATTRIBUTES, item, '        ') +
      viz(look, '        ') +
      `      </node>`
    );
  });
  const edgeLines = edges
    .filter((edge) => known.has(edge.source) && known.has(edge.target))
    .map(
      (edge) =>
        `      <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" ` +
        `weight="${edge.weight}" label="${xmlText(edge.role ?? edge.kind)}">\n` +
        attvalues(EDGE_ATTRIBUTES, edge, '        ') +
        `      </edge>`,
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_NAMESPACE}/viz" ` +
      `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">`,
    `  <meta lastmodifieddate="${today}">`,
    '    <creator>Liaison</creator>',
    '    <description>A view of the relationship graph</description>',
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    declarations('node', NODE_ATTRIBUTES),
    declarations('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...nodeLines,
    '    </nodes>',
    '    <edges>',
    ...edgeLines,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
