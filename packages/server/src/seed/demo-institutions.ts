/**
 * Curated organizations that are not universities: research funders and councils, European
 * research infrastructures (ESFRI landmarks and ERICs), and name patterns for the rest.
 * Entries are `Name|ACRONYM|City|web host|country`.
 */

export const GOVERNMENT_BODIES = [
  'Consejo Superior de Investigaciones Científicas|CSIC|Madrid|www.csic.es|ES',
  'Agencia Estatal de Investigación|AEI|Madrid|www.aei.gob.es|ES',
  'Fundação para a Ciência e a Tecnologia|FCT|Lisboa|www.fct.pt|PT',
  'Centre national de la recherche scientifique|CNRS|Paris|www.cnrs.fr|FR',
  'Agence nationale de la recherche|ANR|Paris|anr.fr|FR',
  'Deutsche Forschungsgemeinschaft|DFG|Bonn|www.dfg.de|DE',
  'Bundesministerium für Forschung, Technologie und Raumfahrt|BMFTR|Berlin|www.bmftr.bund.de|DE',
  'Consiglio Nazionale delle Ricerche|CNR|Roma|www.cnr.it|IT',
  'Istituto Nazionale di Fisica Nucleare|INFN|Frascati|home.infn.it|IT',
  'Nederlandse Organisatie voor Wetenschappelijk Onderzoek|NWO|Den Haag|www.nwo.nl|NL',
  'UK Research and Innovation|UKRI|Swindon|www.ukri.org|GB',
  'Science and Technology Facilities Council|STFC|Swindon|www.ukri.org|GB',
  'Akademie věd České republiky|AV ČR|Praha|www.avcr.cz|CZ',
  'Ministerstvo školství, mládeže a tělovýchovy|MŠMT|Praha|www.msmt.gov.cz|CZ',
  'Narodowe Centrum Nauki|NCN|Kraków|www.ncn.gov.pl|PL',
  'Polska Akademia Nauk|PAN|Warszawa|www.pan.pl|PL',
  'General Secretariat for Research and Innovation|GSRI|Athens|gsri.gov.gr|GR',
  'Fonds de la Recherche Scientifique|F.R.S.-FNRS|Brussel|www.frs-fnrs.be|BE',
  'Swiss National Science Foundation|SNSF|Bern|www.snf.ch|CH',
  'Österreichischer Wissenschaftsfonds|FWF|Wien|www.fwf.ac.at|AT',
  'Vetenskapsrådet|VR|Stockholm|www.vr.se|SE',
  'Suomen Akatemia|AKA|Helsinki|www.aka.fi|FI',
];

export const RESEARCH_INFRASTRUCTURES = [
  'ELIXIR|ELIXIR|Hinxton|elixir-europe.org|GB',
  'CLARIN ERIC|CLARIN|Utrecht|www.clarin.eu|NL',
  'LifeWatch ERIC|LifeWatch|Sevilla|www.lifewatch.eu|ES',
  'European Marine Biological Resource Centre|EMBRC|Paris|www.embrc.eu|FR',
  'Euro-BioImaging ERIC|EuBI|Turku|www.eurobioimaging.eu|FI',
  'EISCAT Scientific Association|EISCAT|Kiruna|eiscat.se|SE',
  'Integrated Carbon Observation System|ICOS|Helsinki|www.icos-cp.eu|FI',
  'European Plate Observing System|EPOS|Roma|www.epos-eu.org|IT',
  'Digital Research Infrastructure for the Arts and Humanities|DARIAH|Paris|www.dariah.eu|FR',
  'Consortium of European Social Science Data Archives|CESSDA|Bergen|www.cessda.eu|NO',
  'Instruct-ERIC|Instruct|Oxford|instruct-eric.org|GB',
  'Biobanking and BioMolecular resources Research Infrastructure|BBMRI|Graz|www.bbmri-eric.eu|AT',
  'Aerosol, Clouds and Trace Gases Research Infrastructure|ACTRIS|Helsinki|www.actris.eu|FI',
  'Integrated European Long-Term Ecosystem, critical zone and socio-ecological Research|eLTER|Leipzig|elter-ri.eu|DE',
  'European Multidisciplinary Seafloor and water column Observatory|EMSO|Roma|emso.eu|IT',
  'Distributed System of Scientific Collections|DiSSCo|Leiden|www.dissco.eu|NL',
  'EU-OPENSCREEN ERIC|EU-OPENSCREEN|Berlin|www.eu-openscreen.eu|DE',
  'European Clinical Research Infrastructure Network|ECRIN|Paris|ecrin.org|FR',
  'European Research Infrastructure for Heritage Science|E-RIHS|Firenze|www.e-rihs.eu|IT',
  'Cherenkov Telescope Array Observatory|CTAO|Bologna|www.ctao.org|IT',
  'EBRAINS|EBRAINS|Brussel|www.ebrains.eu|BE',
  'European Social Survey|ESS|London|www.europeansocialsurvey.org|GB',
  'Survey of Health, Ageing and Retirement in Europe|SHARE|München|share-eric.eu|DE',
];

/** Name patterns; `{topic}`, `{city}`, `{country}`, `{surname}` and `{suffix}` are replaced. */
export const INSTITUTE_TEMPLATES = [
  'Institute of {topic}',
  'Centre for {topic}',
  '{city} Institute for {topic}',
  '{country} Institute of {topic}',
  'Max Planck Institute for {topic}',
  'Fraunhofer Institute for {topic}',
  '{topic} Research Centre {city}',
];
export const CHILD_INSTITUTE_TEMPLATES = [
  'Institute of {topic}',
  'Department of {topic}',
  '{topic} Research Centre',
  'Laboratory for {topic}',
];
export const COMPANY_TEMPLATES = [
  '{surname} Data Systems {suffix}',
  '{surname} Scientific Computing {suffix}',
  '{surname} Cloud Services {suffix}',
  '{surname} & Partners Analytics {suffix}',
  '{surname} Bioinformatics {suffix}',
  'Open{surname} Software {suffix}',
  '{city} Research Software {suffix}',
  '{surname} Geodata {suffix}',
];
export const NON_PROFIT_TEMPLATES = [
  '{country} Open Science Association',
  'Research Software Engineers {country}',
  '{topic} Foundation',
  '{city} Citizen Science Network',
  'Society for {topic}',
  'Open Knowledge {country}',
  '{country} Bioinformatics Society',
  'Friends of {topic} {city}',
];
export const CONSORTIUM_TEMPLATES = [
  '{country} National Data Consortium',
  'European {topic} Consortium',
  '{topic} Data Alliance',
  '{city} Regional Computing Consortium',
  'Consortium for Open {topic}',
];
export const OTHER_TEMPLATES = [
  '{city} Science Museum',
  'Hackerspace {city}',
  '{city} Science Journal',
  '{country} Science Media Centre',
  '{city} Public Library',
];

/** Positions held at an organization, by its kind. */
export const POSITIONS: Record<string, string[]> = {
  academic: [
    'Professor',
    'Associate Professor',
    'Postdoctoral Researcher',
    'PhD Candidate',
    'Research Software Engineer',
    'Head of Research Computing',
    'Data Steward',
    'Research Group Leader',
    'Lab Manager',
    'System Administrator',
  ],
  infrastructure: [
    'Director',
    'Technical Coordinator',
    'Node Coordinator',
    'Service Manager',
    'Community Manager',
    'Data Manager',
  ],
  company: ['CTO', 'Solutions Architect', 'Account Manager', 'Software Engineer', 'Head of Partnerships', 'CEO'],
  public: ['Programme Manager', 'Policy Officer', 'Head of Unit', 'Scientific Officer', 'Director of Research'],
  other: ['Coordinator', 'Board Member', 'Editor', 'Volunteer Coordinator', 'Communications Officer'],
};

export const SECONDARY_POSITIONS = [
  'Visiting Researcher',
  'Advisory Board Member',
  'Former Employee',
  'Adjunct Professor',
  'Consultant',
];
