import type { GraphEdgeData, GraphNodeData, GraphPathData } from './graphTypes';

const year = (date: string) => date.slice(0, 4);

/** What an edge says about the record that holds the link: "PI", "main, since 2019", "part of". */
export function edgeAttributes(edge: GraphEdgeData): string[] {
  const parts: string[] = [];
  if (edge.kind === 'PART_OF') parts.push('part of');
  if (edge.kind === 'OWNER') parts.push('owner');
  if (edge.kind === 'KNOWS') {
    parts.push('knows');
    if (edge.count) parts.push(`${edge.count} shared ${edge.count === 1 ? 'activity' : 'activities'}`);
    if (edge.lastDate) parts.push(`last ${edge.lastDate}`);
    return parts;
  }
  if (edge.role) parts.push(edge.role);
  if (edge.main) parts.push('main');
  if (edge.since) parts.push(`since ${year(edge.since)}`);
  if (edge.until) parts.push(`until ${year(edge.until)}`);
  else if (edge.past) parts.push('past');
  return parts;
}

/**
 * The end of a link that its attributes describe: the contact of an affiliation, the member of a
 * project or a team, the part of a whole, the owner of a record. Null for "knows", shared by both.
 */
function holderOf(edge: GraphEdgeData, a: GraphNodeData, b: GraphNodeData): GraphNodeData | null {
  const byKind = (kind: GraphNodeData['kind'], other = false) =>
    other ? (a.kind !== kind ? a : b.kind !== kind ? b : null) : a.kind === kind ? a : b.kind === kind ? b : null;
  switch (edge.kind) {
    case 'AFFILIATION':
      return byKind('CONTACT');
    case 'PROJECT_LINK':
      return byKind('PROJECT', true);
    case 'TEAM_MEMBER':
    case 'OWNER':
      return byKind('USER');
    case 'PART_OF':
      return edge.source === a.id ? a : b;
    default:
      return null;
  }
}

/**
 * A path as one sentence, each link's attributes beside the record they describe:
 * "Ana (PI) — Project X — (partner) University Y — (main, since 2019) Bo".
 */
export function pathSentence(path: Pick<GraphPathData, 'nodes' | 'edges'>): string {
  const { nodes, edges } = path;
  if (nodes.length === 0) return '';
  let sentence = nodes[0].label;
  edges.forEach((edge, index) => {
    const left = nodes[index];
    const right = nodes[index + 1];
    if (!right) return;
    const attributes = edgeAttributes(edge);
    const text = attributes.length ? `(${attributes.join(', ')})` : '';
    const holder = holderOf(edge, left, right);
    if (!text) sentence += ` — ${right.label}`;
    else if (holder === left) sentence += ` ${text} — ${right.label}`;
    else if (holder === right) sentence += ` — ${text} ${right.label}`;
    else sentence += ` — ${text} — ${right.label}`;
  });
  return sentence;
}
