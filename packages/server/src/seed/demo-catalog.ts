/** The demo teams and the vocabulary of e-infrastructure outreach. */
import { list, table } from './demo-countries';

export interface TeamInfo {
  code: string;
  name: string;
  countries: string[];
  description: string;
}

/** The NGIs of the demo, each covering its own and some neighbouring countries. */
export const TEAMS: TeamInfo[] = table(`
  NGI_IBERGRID   | IBERGRID                         | ES, PT         | The Iberian grid infrastructure of Spain and Portugal.
  NGI_FRANCE     | France Grilles                   | FR             | The French national grid initiative.
  NGI_DE         | NGI-DE                           | DE, AT, CH     | The German national grid initiative and its neighbours.
  NGI_IT         | IGI – Italian Grid Infrastructure | IT, SI, HR     | The Italian national grid initiative.
  NGI_NL         | NGI-NL                           | NL, BE         | The Dutch national e-infrastructure, with the Belgian partners.
  NGI_UK         | NGI-UK                           | GB, IE         | The UK and Irish national grid initiative.
  NGI_CZ         | NGI-CZ                           | CZ, SK         | The Czech national grid initiative, also covering Slovakia.
  NGI_PL         | PL-Grid                          | PL, HU         | The Polish national grid initiative.
  NGI_GR         | NGI-GRNET                        | GR             | The Greek national grid initiative.
  EGI_FOUNDATION | EGI Foundation                   | SE, FI, DK, NO | The coordinating body of the EGI Federation; community outreach team.
`).map(([code, name, countries, description]) => ({ code, name, countries: list(countries), description }));

export const USER_ROLES = ['admin', 'editor', 'viewer'] as const;

export const EXPERTISE = list(`
  HPC, cloud computing, high-throughput computing, GPU computing, data management, FAIR data,
  identity and access management, containers, Kubernetes, workflow systems, machine learning,
  research software engineering, Jupyter notebooks, storage, data transfer, networking, security,
  training, open science, research data policy, grant writing, community building, user support,
  digital twins, quantum computing, software licensing, EOSC, accounting and service level agreements
`);

/** Research topics, used to name institutes, projects, events and needs, and their scientific domain. */
const TOPIC_DOMAINS = table(`
  Astrophysics               | Astronomy and astrophysics
  Marine Sciences            | Marine sciences
  Computational Biology      | Life sciences
  Climate Research           | Climate research
  Particle Physics           | High-energy physics
  Neuroscience               | Neuroscience
  Materials Science          | Materials science
  Computational Linguistics  | Linguistics
  Earth Observation          | Earth sciences
  Genomics                   | Genomics
  Ecology                    | Environmental sciences
  Digital Humanities         | Humanities
  Theoretical Chemistry      | Chemistry
  Agricultural Research      | Agriculture and food
  Public Health              | Health and medicine
  Applied Mathematics        | Mathematics
  Computer Science           | Computer science
  Oceanography               | Marine sciences
  Geophysics                 | Earth sciences
  Plant Biology              | Life sciences
  Bioinformatics             | Life sciences
  Seismology                 | Earth sciences
  Atmospheric Physics        | Climate research
  Structural Biology         | Structural biology
  Biodiversity               | Biodiversity
  Cultural Heritage Science  | Cultural heritage
  Social Sciences            | Social sciences
`);

export const TOPICS = TOPIC_DOMAINS.map(([topic]) => topic);

export const domainOf = (topic: string): string => TOPIC_DOMAINS.find(([t]) => t === topic)?.[1] ?? 'Other';

/** Labels and their colours. */
export const TAGS: [label: string, color: string][] = table(`
  key account       | #d32f2f
  ESFRI             | #1976d2
  onboarding        | #388e3c
  training interest | #f57c00
  data-intensive    | #7b1fa2
  GPU users         | #c2185b
  pilot             | #0097a7
  MoU signed        | #2e7d32
  newsletter        | #5d4037
  press             | #455a64
  sponsor           | #fbc02d
  volunteer         | #8bc34a
  speaker           | #ff7043
  decision maker    | #6a1b9a
  technical contact | #00796b
  at risk           | #b71c1c
  follow-up         | #ef6c00
  EOSC              | #283593
  national node     | #00838f
  industry          | #4e342e
  SME               | #8d6e63
  Horizon Europe    | #1565c0
  consortium lead   | #ad1457
  early adopter     | #43a047
  champion          | #f9a825
  long-tail science | #6d4c41
  HPC centre        | #37474f
  cloud provider    | #0288d1
  competence centre | #512da8
  citizen science   | #689f38
  webinar attendee  | #9e9d24
  conference 2025   | #e64a19
  conference 2026   | #d84315
  survey respondent | #78909c
  AAI integration   | #00695c
  data space        | #3949ab
  AI                | #c51162
  sustainability    | #2e7d32
  open source       | #424242
  do not contact    | #000000
`).map(([label, color]) => [label, color]);
