/**
 * The answers of the three contenders in one shape, so that the benchmark can check that they
 * serve the same data before it loads them: names joined as Liaison joins them, kinds in lower
 * case, instants as ISO strings, lists without an order of their own (affiliations) sorted.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- answers of three different APIs, checked by comparison */

type Json = any;

const name = (first: string | null, last: string | null) => [first, last].filter(Boolean).join(' ');
const instant = (at: string | null) => (at === null ? null : new Date(at).toISOString());
const sorted = <T>(items: T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function nested(contender: string, body: Json): Json {
  if (contender !== 'postgraphile') return body.data;
  return {
    organizations: {
      nodes: body.data.allOrganizations.nodes.map((o: Json) => ({
        name: o.name,
        contacts: {
          nodes: o.benchContacts.nodes.map((c: Json) => ({
            name: name(c.firstName, c.lastName),
            projects: { nodes: c.benchProjects.nodes },
          })),
        },
      })),
    },
  };
}

interface TimelineItem {
  kind: string;
  at: string;
  activity?: Json;
  document?: Json;
  change?: Json;
}

function timelineNode(node: TimelineItem): Json {
  const change = node.change ? { action: node.change.action.toLowerCase(), at: instant(node.change.at) } : null;
  return {
    kind: node.kind.toLowerCase(),
    at: instant(node.at),
    activity: node.activity
      ? { ...node.activity, kind: node.activity.kind.toLowerCase(), status: node.activity.status.toLowerCase() }
      : null,
    document: node.document ? { ...node.document, kind: node.document.kind.toLowerCase() } : null,
    change,
  };
}

function contact(contender: string, body: Json): Json {
  if (contender === 'liaison' || contender === 'raw') {
    const c = body.data.contact;
    return {
      ...c,
      affiliations: sorted(c.affiliations.nodes),
      timeline: { totalCount: c.timeline.totalCount, nodes: c.timeline.nodes.map(timelineNode) },
    };
  }
  const c = body.data.contactById;
  const timeline = c.benchTimeline;
  return {
    name: name(c.firstName, c.lastName),
    title: c.title,
    emails: c.emails,
    phones: c.phones,
    country: c.country,
    affiliations: sorted(
      c.affiliationsByContactId.nodes
        .filter((a: Json) => a.organizationByOrganizationId.deletedAt === null)
        .map((a: Json) => ({
          role: a.role,
          primary: a.isPrimary,
          organization: { name: a.organizationByOrganizationId.name },
        })),
    ),
    timeline: {
      totalCount: Number(timeline.totalCount),
      nodes: timeline.nodes.map((n: Json) =>
        timelineNode({ kind: n.kind, at: n.at, [n.kind === 'link' ? 'change' : n.kind]: n.item }),
      ),
    },
  };
}

export function normalise(scenario: string, contender: string, body: Json): Json {
  if (scenario === 'nested') return nested(contender, body);
  if (scenario === 'contact') return contact(contender, body);
  return body;
}
