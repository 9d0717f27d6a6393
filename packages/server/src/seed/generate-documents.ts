import { EXPERTISE } from './demo-catalog';
import { DAY, REFERENCE_DATE, fill, isoDate, yearOf } from './demo-random';
import { DOCUMENT_KINDS, DOCUMENT_TITLES } from './demo-texts';
import {
  ChunkBuffer,
  OWNED_COLUMNS,
  RECORD_COLUMNS,
  linkValues,
  recordValues,
  stampFor,
  type DemoWorld,
  type TableChunk,
} from './demo-world';

const DOCUMENTS_PER_SCALE = 200;
/** Every document concerns a project (even ones, with one of its people) or an organization (odd ones); one in four is about an activity. */
const ACTIVITY_LINK_OFFSET = 1;

const DOCUMENT_COLUMNS = [...OWNED_COLUMNS, 'title', 'kind', 'body', 'visibility'];
const LINK_COLUMNS = [
  ...RECORD_COLUMNS,
  'document_id',
  'organization_id',
  'contact_id',
  'project_id',
  'activity_id',
  'need_id',
];
const VISIBILITY = [
  ['everyone', 80],
  ['team', 15],
  ['private', 5],
] as const;

const POINTS = [
  'The current setup relies on a local cluster that is reaching its limits.',
  'Researchers need a way to share data with international partners under one login.',
  'The team would like to test containers and Kubernetes before committing.',
  'Funding for the next three years is secured; staffing remains the main concern.',
  'A pilot with a handful of early adopters was proposed for the next quarter.',
  'Data volumes are expected to double every eighteen months.',
  'Training material should be available in the local language.',
  'The legal department must review any data processing agreement.',
];
const ACTIONS = [
  'Send the service catalogue and the pricing model',
  'Set up a call with the technical team',
  'Draft the memorandum of understanding',
  'Open a request for pilot resources',
  'Share the slides of the last webinar',
  'Collect the list of users for the pilot',
];

/** Minutes, discussions, agreements and slides, written in Markdown, linked to what they are about. */
export function* generateDocuments(world: DemoWorld): Generator<TableChunk> {
  const r = world.random;
  const o = world.orgs;
  const out = new ChunkBuffer([
    ['documents', DOCUMENT_COLUMNS],
    ['document_links', LINK_COLUMNS],
  ]);
  const total = DOCUMENTS_PER_SCALE * world.scale;
  for (let d = 0; d < total; d++) {
    const kind = DOCUMENT_KINDS[r.int(0, DOCUMENT_KINDS.length - 1)];
    const aboutProject = d % 2 === 0;
    const target = aboutProject
      ? r.int(0, world.ids.projects.length - 1)
      : r.int(0, world.ids.organizations.length - 1);
    const team = aboutProject ? world.projects.team[target] : o.team[target];
    const stamp = stampFor(world, team);
    const subject = aboutProject ? world.projects.name[target] : o.name[target];
    const people = aboutProject ? world.projects.contacts[target] : o.contacts[target];
    const values = {
      org: subject,
      project: subject,
      topic: r.pick(EXPERTISE),
      need: `${r.pick(EXPERTISE)} for ${subject}`,
      year: yearOf(stamp.createdAt),
      country: aboutProject ? 'Europe' : o.country[target].name,
    };
    const title = fill(r.pick(DOCUMENT_TITLES[kind]), values);
    const participants = r.some(people, 3).map((c) => world.contacts.name[c]);
    const body = [
      `# ${title}`,
      '',
      `**Date:** ${isoDate(stamp.createdAt)}  `,
      `**Participants:** ${participants.join(', ') || 'outreach team'}`,
      '',
      '## Context',
      '',
      `${subject} and the ${values.topic} experts of the team reviewed the state of their collaboration.`,
      '',
      '## Discussion',
      '',
      ...r.some(POINTS, r.int(2, 4)).map((point) => `- ${point}`),
      '',
      '## Actions',
      '',
      ...r
        .some(ACTIONS, r.int(1, 3))
        .map(
          (action) =>
            `- [${r.chance(0.5) ? 'x' : ' '}] ${action} (by ${isoDate(Math.min(stamp.createdAt + r.int(7, 40) * DAY, REFERENCE_DATE))})`,
        ),
      '',
    ].join('\n');
    const id = r.uuid();
    world.ids.documents.push(id);
    out.push('documents', [
      ...recordValues(id, stamp),
      stamp.createdBy,
      world.ids.teams[team],
      title,
      kind,
      body,
      r.weighted(VISIBILITY),
    ]);
    const link = (targets: (string | null)[]) =>
      out.push('document_links', [...linkValues(world, stamp.createdAt, stamp.createdBy), id, ...targets]);
    if (aboutProject) {
      link([null, null, world.ids.projects[target], null, null]);
      link([null, world.ids.contacts[r.pick(people)], null, null, null]);
    } else {
      link([world.ids.organizations[target], null, null, null, null]);
    }
    if (d % 4 === ACTIVITY_LINK_OFFSET) {
      let activity = r.int(0, world.ids.activities.length - 1);
      for (let tries = 0; world.activities.kind[activity] !== 'meeting' && tries < 10; tries++)
        activity = r.int(0, world.ids.activities.length - 1);
      link([null, null, null, world.ids.activities[activity], null]);
    }
    if (out.full) yield* out.flush();
  }
  yield* out.flush();
}

/** Tags on every kind of record. */
export function* generateTaggings(world: DemoWorld): Generator<TableChunk> {
  const r = world.random;
  const out = new ChunkBuffer([
    [
      'taggings',
      [
        ...RECORD_COLUMNS,
        'tag_id',
        'organization_id',
        'contact_id',
        'project_id',
        'activity_id',
        'document_id',
        'need_id',
      ],
    ],
  ]);
  const tagIds = world.ids.tags;
  for (const [position, kind, every, extraEvery] of TAGGING_PLAN) {
    const records = world.ids[kind];
    for (let index = 0; index < records.length; index += every) {
      const count = extraEvery && index % extraEvery === 0 ? 2 : 1;
      for (const tag of r.some(tagIds, count)) {
        const targets: (string | null)[] = [null, null, null, null, null, null];
        targets[position] = records[index];
        out.push('taggings', [
          ...linkValues(world, r.time(REFERENCE_DATE - 2 * 365 * DAY, REFERENCE_DATE), r.pick(world.ids.users)),
          tag,
          ...targets,
        ]);
      }
      if (out.full) yield* out.flush();
    }
  }
  yield* out.flush();
}

/** Target column position, record kind, tag one record in `every`, a second tag on one in `extraEvery`. */
const TAGGING_PLAN: [
  number,
  'organizations' | 'contacts' | 'projects' | 'activities' | 'documents' | 'needs',
  number,
  number?,
][] = [
  [0, 'organizations', 1, 4],
  [1, 'contacts', 2],
  [2, 'projects', 1],
  [3, 'activities', 10],
  [4, 'documents', 2],
  [5, 'needs', 3],
];

export function documentCounts(scale: number, records: Record<string, number>): Record<string, number> {
  const documents = DOCUMENTS_PER_SCALE * scale;
  const taggings = TAGGING_PLAN.reduce((sum, [, kind, every, extraEvery]) => {
    const n = kind === 'documents' ? documents : records[kind];
    return sum + Math.ceil(n / every) + (extraEvery ? Math.ceil(n / extraEvery) : 0);
  }, 0);
  return {
    documents,
    document_links: documents + Math.ceil(documents / 2) + Math.floor((documents + 4 - 1 - ACTIVITY_LINK_OFFSET) / 4),
    taggings,
  };
}
