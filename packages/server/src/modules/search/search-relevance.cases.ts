/**
 * What people type into Ctrl-K and the record they mean, on the demo data (seed 1, scale 1):
 * the relevance test set of search. `top` marks the cases where the record must come first,
 * above documents and notes that merely mention it.
 */
export interface RelevanceCase {
  query: string;
  type: 'ORGANIZATION' | 'CONTACT' | 'PROJECT' | 'DOCUMENT' | 'NEED';
  title: string;
  kind: 'typo' | 'transposition' | 'accents' | 'acronym' | 'partial' | 'name';
  top?: boolean;
}

const org = (query: string, title: string, kind: RelevanceCase['kind'], top = false): RelevanceCase => ({
  query,
  type: 'ORGANIZATION',
  title,
  kind,
  top,
});
const project = (query: string, title: string, kind: RelevanceCase['kind'], top = false): RelevanceCase => ({
  query,
  type: 'PROJECT',
  title,
  kind,
  top,
});
const contact = (query: string, title: string, kind: RelevanceCase['kind']): RelevanceCase => ({
  query,
  type: 'CONTACT',
  title,
  kind,
});

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Letters missing, doubled or wrong.
  org('bioinformatcs data aliance', 'Bioinformatics Data Alliance', 'typo'),
  org('Fraunhofr Institute', 'Fraunhofer Institute for Astrophysics', 'typo'),
  org('Sorbone', 'Sorbonne Université', 'typo'),
  org('Deutsche Forschungsgemeinshaft', 'Deutsche Forschungsgemeinschaft', 'typo'),
  org('Rijksuniversitet Groningen', 'Rijksuniversiteit Groningen', 'typo'),
  org('Glasow', 'University of Glasgow', 'typo'),
  org('Manchster', 'University of Manchester', 'typo'),
  project('Seismolgy Collaboration', 'Seismology Collaboration', 'typo'),
  org('Zaragosa', 'Zaragoza Regional Computing Consortium', 'typo'),
  org('Thessaloniki Publc Library', 'Thessaloniki Public Library', 'typo'),
  contact('Schwirkschles', 'Aliyah Schwirkschlies', 'typo'),
  // Two neighbouring letters swapped.
  org('Kralsruhe', 'Karlsruher Institut für Technologie', 'transposition'),
  org('Univeristy of Oxford', 'University of Oxford', 'transposition'),
  org('Heidleberg', 'Universität Heidelberg', 'transposition'),
  org('Edinbrugh', 'University of Edinburgh', 'transposition'),
  org('Sorbnone', 'Sorbonne Université', 'transposition'),
  org('Bolgona', 'Università di Bologna', 'transposition'),
  project('Oceanogrpahy', 'Digital Twin for Oceanography', 'transposition'),
  contact('Hildenbrnad', 'Anastasia Hildenbrand', 'transposition'),
  contact('Krohn Amri', 'Amir Krohn', 'transposition'),
  // Accents left out.
  org('Universite de Geneve', 'Université de Genève', 'accents'),
  org('Eotvos Lorand', 'Eötvös Loránd Tudományegyetem', 'accents'),
  org('Osterreichischer Wissenschaftsfonds', 'Österreichischer Wissenschaftsfonds', 'accents'),
  org('Ecole polytechnique federale', 'École polytechnique fédérale de Lausanne', 'accents'),
  org('ETH Zurich', 'ETH Zürich', 'accents'),
  org('Universitat de Valencia', 'Universitat de València', 'accents'),
  org('Technicka univerzita Kosiciach', 'Technická univerzita v Košiciach', 'accents'),
  org('Sveuciliste u Zagrebu', 'Sveučilište u Zagrebu', 'accents'),
  org('Vetenskapsradet', 'Vetenskapsrådet', 'accents'),
  contact('Aljaz Brecko', 'Aljaž Brečko', 'accents'),
  contact('Agustin Santana', 'Agustín Santana Bahena', 'accents'),
  // Acronyms.
  org('KIT', 'Karlsruher Institut für Technologie', 'acronym', true),
  org('EPFL', 'École polytechnique fédérale de Lausanne', 'acronym', true),
  org('UCL', 'University College London', 'acronym', true),
  org('DFG', 'Deutsche Forschungsgemeinschaft', 'acronym'),
  org('KTH', 'KTH Royal Institute of Technology', 'acronym', true),
  org('RWTH', 'RWTH Aachen University', 'acronym', true),
  org('CSIC', 'Consejo Superior de Investigaciones Científicas', 'acronym'),
  org('STFC', 'Science and Technology Facilities Council', 'acronym'),
  org('UKRI', 'UK Research and Innovation', 'acronym', true),
  project('ZAP', 'Zürich Astrophysics Partnership', 'acronym', true),
  org('DARIAH', 'Digital Research Infrastructure for the Arts and Humanities', 'acronym', true),
  // Beginnings of words.
  org('karls inst', 'Karlsruher Institut für Technologie', 'partial', true),
  org('techn univ münch', 'Technische Universität München', 'partial'),
  org('royal inst', 'KTH Royal Institute of Technology', 'partial'),
  project('digital twin ocean', 'Digital Twin for Oceanography', 'partial'),
  org('open knowl pol', 'Open Knowledge Poland', 'partial'),
  org('univ coll lond', 'University College London', 'partial'),
  org('nederlandse org', 'Nederlandse Organisatie voor Wetenschappelijk Onderzoek', 'partial'),
  org('euro plate', 'European Plate Observing System', 'partial'),
  {
    query: 'long-term archive genomics',
    type: 'NEED',
    title: '500 TB long-term archive for genomics data',
    kind: 'partial',
  },
  {
    query: 'kick-off climate research',
    type: 'DOCUMENT',
    title: 'Climate Research Centre kick-off presentation',
    kind: 'partial',
  },
  // A record's name, which documents also mention: the record comes first.
  org('Karlsruhe', 'Karlsruher Institut für Technologie', 'name', true),
  org('Bioinformatics Data Alliance', 'Bioinformatics Data Alliance', 'name', true),
  org('Open Knowledge Poland', 'Open Knowledge Poland', 'name', true),
  project('Materials Science Collaboration', 'Materials Science Collaboration', 'name', true),
  org('Salamanca Science Museum', 'Salamanca Science Museum', 'name', true),
  org('Technische Universität Dresden', 'Technische Universität Dresden', 'name', true),
  project('Coimbra Biodiversity', 'Coimbra Biodiversity Partnership', 'name', true),
  project('Open Neuroscience Science Cloud', 'Open Neuroscience Science Cloud', 'name', true),
  org('Laboratory for Theoretical Chemistry', 'Laboratory for Theoretical Chemistry', 'name', true),
  org('Spain Science Media Centre', 'Spain Science Media Centre', 'name', true),
  project('Geophysics Workflows', 'Interoperable Geophysics Workflows', 'name', true),
  project('Public Health Data Services', 'Federated Public Health Data Services', 'name', true),
  contact('Anamarija Resnik', 'Anamarija Resnik', 'name'),
];
