/**
 * Phrases for the generated projects, activities, documents and needs. Placeholders in braces
 * (`{org}`, `{contact}`, `{project}`, `{topic}`, `{need}`, `{city}`, `{country}`, `{ri}`,
 * `{year}`, `{n}`) are filled by the generator.
 */

export const PROJECT_TEMPLATES: Record<string, string[]> = {
  esfri: [
    '{ri} Compute Platform',
    '{ri} Data Platform',
    '{ri} Cloud Pilot',
    '{ri} Virtual Research Environment',
    '{ri} Federated AAI Integration',
    '{ri} Training Programme',
  ],
  national: [
    '{country} National Research Cloud',
    '{country} Research Data Infrastructure',
    'National {topic} Data Service ({country})',
    '{country} HPC Access Programme',
  ],
  international: [
    'Federated {topic} Data Services',
    'European {topic} Analysis Platform',
    'Open {topic} Science Cloud',
    'Interoperable {topic} Workflows',
    'Digital Twin for {topic}',
    'AI-ready {topic} Data',
  ],
  collaboration: ['{topic} Collaboration', '{city} {topic} Partnership', 'Joint {topic} Computing Lab'],
  initiative: ['{topic} Community Initiative', 'Open {topic} Training Initiative', 'Women in {topic} Computing'],
  other: ['{topic} Summer School', '{topic} Hackathon Series'],
};

export const PROJECT_KIND_WEIGHTS: [kind: string, weight: number][] = [
  ['esfri', 4],
  ['national', 3],
  ['international', 5],
  ['collaboration', 3],
  ['initiative', 2],
  ['other', 1],
];

export const ACTIVITY_KIND_WEIGHTS: [kind: string, weight: number][] = [
  ['call', 6],
  ['meeting', 5],
  ['event', 2],
  ['todo', 4],
  ['email', 6],
  ['note', 3],
];

export const ACTIVITY_SUBJECTS: Record<string, string[]> = {
  call: [
    'Introductory call with {org}',
    'Follow-up call with {contact} on {topic}',
    'Technical call: {topic} for {project}',
    'Check-in call with {contact}',
    'Call about {need}',
  ],
  meeting: [
    'Kick-off meeting: {project}',
    'Quarterly review with {org}',
    'Onboarding meeting with {org}',
    'Site visit at {org}',
    'Steering committee of {project}',
    'Workshop planning with {contact}',
  ],
  event: [
    '{topic} workshop',
    'Webinar: {topic} on the EGI Federation',
    'Training: {topic} for beginners',
    '{project} community day',
    'Booth at the {topic} conference',
    'Hackathon on {topic}',
  ],
  todo: [
    'Send the service catalogue to {contact}',
    'Prepare a quote for {need}',
    'Update the contact details of {org}',
    'Draft an MoU with {org}',
    'Share training material on {topic}',
    'Request a VO registration for {project}',
  ],
  email: [
    'Access request for {topic} resources',
    'Invitation to the {topic} webinar',
    'Question about {need}',
    'Follow-up on the {project} onboarding',
    'Newsletter feedback from {contact}',
  ],
  note: [
    'Notes on the {org} infrastructure',
    'Background on {project}',
    '{contact} moved to a new role',
    'Summary of the needs of {org}',
  ],
};

export const ACTIVITY_DESCRIPTIONS = [
  '{org} asked how to get started with {topic}.',
  'Background: {contact} is the main technical contact at {org}.',
  'Prepare with the {topic} experts of the team before the call.',
  'Part of the follow-up on {project}.',
  'Agenda: introductions, current infrastructure, needs, next steps.',
];

export const ACTIVITY_OUTCOMES = [
  'Agreed on next steps; follow-up in two weeks.',
  'Interested in a pilot on {topic}.',
  'Requested a quote for resources.',
  'Not a priority for them this year.',
  'Will introduce us to their IT department.',
  'Committed to join {project}.',
  'Asked for a training for about {n} researchers.',
  'Need escalated to the technical team.',
  'Sent the slides and the service catalogue.',
];

export const CANCELLED_OUTCOMES = [
  'Cancelled by the organizer.',
  'Postponed; no new date yet.',
  'Superseded by a joint meeting.',
];

export const LOCATIONS = ['{city}', 'Online (Zoom)', 'Online (BigBlueButton)', '{org} campus', 'EGI office, Amsterdam'];

export const DOCUMENT_KINDS = ['minutes', 'discussion', 'agreement', 'presentation', 'other'] as const;

export const DOCUMENT_TITLES: Record<string, string[]> = {
  minutes: [
    'Minutes: {project} steering committee',
    'Minutes of the meeting with {org}',
    'Minutes: {topic} working group',
  ],
  discussion: [
    'Discussion: {topic} requirements of {org}',
    'Notes on the sustainability of {project}',
    'Email thread: {need}',
  ],
  agreement: [
    'Memorandum of understanding with {org}',
    'Service level agreement: {project}',
    'Data processing agreement with {org}',
  ],
  presentation: ['Slides: EGI services for {org}', '{topic} training slides', '{project} kick-off presentation'],
  other: [
    'Requirements survey results {year}',
    'Contact list for {project}',
    'Report: the {topic} landscape in {country}',
  ],
};

export const NEED_CATEGORIES = [
  'compute',
  'storage',
  'data_management',
  'identity_access',
  'training',
  'consultancy',
  'network',
  'other',
] as const;

export const NEED_TITLES: Record<string, string[]> = {
  compute: [
    '{n}k GPU hours for model training',
    'HTC capacity for {topic} simulations',
    'Cloud VMs for a {topic} portal',
    'HPC allocation for {topic} ensemble runs',
  ],
  storage: ['{n} TB long-term archive for {topic} data', 'Object storage for a data portal', 'Backup of research data'],
  data_management: [
    'Data management plan support',
    'FAIR publication of {topic} datasets',
    'Data transfer service between sites',
    'Metadata catalogue for {topic} collections',
  ],
  identity_access: [
    'Federated login for the community portal',
    'Group management for a virtual organization',
    'AAI integration with EGI Check-in',
  ],
  training: [
    'Kubernetes training for research software engineers',
    'Introduction to cloud computing for PhD students',
    'Train-the-trainer programme on {topic}',
  ],
  consultancy: [
    'Architecture review of the {topic} platform',
    'Help with a Horizon Europe proposal',
    'Cost model for a national data service',
  ],
  network: [
    '100 Gbps connection to the data centre',
    'Dedicated network link for {topic} data transfer',
    'IPv6 support for the services',
  ],
  other: ['Letter of support for a grant application', 'Dissemination of the {topic} results', 'Joint outreach event'],
};

export const NEED_SOURCES = [
  'introductory call',
  'user survey 2025',
  'EGI Conference',
  'helpdesk ticket',
  'email from the contact',
  'webinar Q&A',
  'project proposal',
  'site visit',
];

export const TASK_TITLES = [
  'Collect requirements',
  'Set up the pilot environment',
  'Integrate with EGI Check-in',
  'Deliver a training session',
  'Write the service level agreement',
  'Migrate workflows to the cloud',
  'Prepare the periodic report',
  'Organise a community webinar',
  'Evaluate storage options',
  'Publish a use case story',
];

export const MILESTONE_TITLES = [
  'Kick-off',
  'Requirements analysis completed',
  'Pilot in production',
  'Mid-term review',
  'Service agreement signed',
  'First users onboarded',
  'Final review',
];

export const CONSENT_SOURCES = [
  'event registration form',
  'business card at the EGI Conference',
  'web form',
  'email exchange',
  'project consortium agreement',
  'newsletter sign-up',
];

export const CONSENT_BASES: [basis: string, weight: number][] = [
  ['consent', 5],
  ['legitimate_interests', 4],
  ['contract', 2],
  ['public_task', 1],
];

export const HONORIFICS: [title: string | null, weight: number][] = [
  [null, 6],
  ['Dr.', 5],
  ['Prof.', 2],
  ['Prof. Dr.', 1],
  ['Ms', 1],
  ['Mr', 1],
];
