/**
 * The countries of the demo data: the faker locale of their people's names, a share of the
 * organizations, real cities and universities. Kept as text tables, one entry a line.
 */

/** Rows of `a | b | c` lines; blank lines are skipped. */
export function table(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split('|').map((cell) => cell.trim()));
}

/** Items separated by commas or line breaks. */
export function list(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export interface CountryInfo {
  code: string;
  name: string;
  /** A locale of @faker-js/faker (an export of the module, such as `de` or `pt_PT`). */
  locale: string;
  /** Relative share of the organizations. */
  weight: number;
  /** Top-level domain of its academic web sites. */
  tld: string;
  companySuffix: string;
  /** Name of a university once the curated ones run out; `{city}` is replaced. */
  universityTemplate: string;
  cities: string[];
  /** `Name|ACRONYM|City|web host`, real universities first. */
  universities: string[];
}

const COUNTRY_TABLE = `
  ES | Spain          | es    |  8 | es    | S.L.       | Universidad de {city}           | Madrid, Barcelona, Valencia, Sevilla, Granada, Santander, Salamanca, Zaragoza
  PT | Portugal       | pt_PT |  4 | pt    | Lda.       | Universidade de {city}          | Lisboa, Porto, Coimbra, Braga, Aveiro, Évora
  FR | France         | fr    |  9 | fr    | SAS        | Université de {city}            | Paris, Lyon, Marseille, Toulouse, Grenoble, Strasbourg, Bordeaux, Lille, Montpellier, Nantes
  DE | Germany        | de    | 10 | de    | GmbH       | Universität {city}              | Berlin, München, Hamburg, Heidelberg, Karlsruhe, Göttingen, Dresden, Leipzig, Freiburg, Aachen
  IT | Italy          | it    |  8 | it    | S.r.l.     | Università degli Studi di {city} | Roma, Milano, Bologna, Padova, Torino, Napoli, Pisa, Bari, Catania, Trieste
  NL | Netherlands    | nl    |  6 | nl    | B.V.       | Universiteit {city}             | Amsterdam, Utrecht, Leiden, Delft, Groningen, Eindhoven, Nijmegen, Rotterdam
  GB | United Kingdom | en_GB |  8 | ac.uk | Ltd        | University of {city}            | London, Edinburgh, Manchester, Oxford, Cambridge, Glasgow, Bristol, Leeds, Cardiff, Southampton
  CZ | Czechia        | cs_CZ |  4 | cz    | s.r.o.     | University of {city}            | Praha, Brno, Ostrava, Olomouc, Plzeň, Liberec
  PL | Poland         | pl    |  5 | pl    | Sp. z o.o. | University of {city}            | Warszawa, Kraków, Wrocław, Poznań, Gdańsk, Łódź
  GR | Greece         | el    |  4 | gr    | A.E.       | University of {city}            | Athens, Thessaloniki, Patras, Heraklion, Ioannina, Volos
  BE | Belgium        | nl_BE |  3 | be    | BV         | Universiteit {city}             | Brussel, Leuven, Gent, Liège, Antwerpen
  CH | Switzerland    | de_CH |  3 | ch    | AG         | Universität {city}              | Zürich, Genève, Lausanne, Basel, Bern
  AT | Austria        | de_AT |  2 | at    | GmbH       | Universität {city}              | Wien, Graz, Innsbruck, Linz, Salzburg
  SE | Sweden         | sv    |  2 | se    | AB         | {city} universitet              | Stockholm, Uppsala, Lund, Göteborg, Umeå
  FI | Finland        | fi    |  2 | fi    | Oy         | University of {city}            | Helsinki, Espoo, Tampere, Turku, Oulu
  IE | Ireland        | en_IE |  2 | ie    | Ltd        | University of {city}            | Dublin, Cork, Galway, Limerick
  DK | Denmark        | da    |  2 | dk    | ApS        | {city} Universitet              | København, Aarhus, Odense, Aalborg
  NO | Norway         | nb_NO |  2 | no    | AS         | Universitetet i {city}          | Oslo, Bergen, Trondheim, Tromsø
  HU | Hungary        | hu    |  2 | hu    | Kft.       | University of {city}            | Budapest, Debrecen, Szeged, Pécs
  SK | Slovakia       | sk    |  1 | sk    | s.r.o.     | University of {city}            | Bratislava, Košice, Žilina
  HR | Croatia        | hr    |  1 | hr    | d.o.o.     | University of {city}            | Zagreb, Split, Rijeka, Osijek
  SI | Slovenia       | sl_SI |  1 | si    | d.o.o.     | University of {city}            | Ljubljana, Maribor
`;

const UNIVERSITY_TABLE = `
  ES | Universidad de Granada | UGR | Granada | www.ugr.es
  ES | Universidad Complutense de Madrid | UCM | Madrid | www.ucm.es
  ES | Universitat de Barcelona | UB | Barcelona | www.ub.edu
  ES | Universitat de València | UV | Valencia | www.uv.es
  ES | Universidad de Cantabria | UC | Santander | web.unican.es
  ES | Universidad de Zaragoza | UNIZAR | Zaragoza | www.unizar.es
  PT | Universidade de Lisboa | ULisboa | Lisboa | www.ulisboa.pt
  PT | Universidade do Porto | U.Porto | Porto | www.up.pt
  PT | Universidade de Coimbra | UC | Coimbra | www.uc.pt
  PT | Universidade do Minho | UMinho | Braga | www.uminho.pt
  FR | Sorbonne Université | SU | Paris | www.sorbonne-universite.fr
  FR | Université Grenoble Alpes | UGA | Grenoble | www.univ-grenoble-alpes.fr
  FR | Université de Strasbourg | Unistra | Strasbourg | www.unistra.fr
  FR | Université de Bordeaux | | Bordeaux | www.u-bordeaux.fr
  FR | Aix-Marseille Université | AMU | Marseille | www.univ-amu.fr
  FR | Université Claude Bernard Lyon 1 | UCBL | Lyon | www.univ-lyon1.fr
  DE | Ruprecht-Karls-Universität Heidelberg | | Heidelberg | www.uni-heidelberg.de
  DE | Karlsruher Institut für Technologie | KIT | Karlsruhe | www.kit.edu
  DE | Georg-August-Universität Göttingen | | Göttingen | www.uni-goettingen.de
  DE | Technische Universität Dresden | TUD | Dresden | tu-dresden.de
  DE | Universität Leipzig | | Leipzig | www.uni-leipzig.de
  DE | Freie Universität Berlin | FU | Berlin | www.fu-berlin.de
  DE | RWTH Aachen University | RWTH | Aachen | www.rwth-aachen.de
  DE | Technische Universität München | TUM | München | www.tum.de
  IT | Sapienza Università di Roma | | Roma | www.uniroma1.it
  IT | Università degli Studi di Milano | UNIMI | Milano | www.unimi.it
  IT | Università di Bologna | UNIBO | Bologna | www.unibo.it
  IT | Università degli Studi di Padova | UNIPD | Padova | www.unipd.it
  IT | Università di Pisa | UNIPI | Pisa | www.unipi.it
  IT | Università degli Studi di Trieste | UNITS | Trieste | www.units.it
  NL | Universiteit van Amsterdam | UvA | Amsterdam | www.uva.nl
  NL | Universiteit Utrecht | UU | Utrecht | www.uu.nl
  NL | Technische Universiteit Delft | TU Delft | Delft | www.tudelft.nl
  NL | Rijksuniversiteit Groningen | RUG | Groningen | www.rug.nl
  NL | Radboud Universiteit | RU | Nijmegen | www.ru.nl
  GB | University College London | UCL | London | www.ucl.ac.uk
  GB | University of Edinburgh | | Edinburgh | www.ed.ac.uk
  GB | University of Manchester | | Manchester | www.manchester.ac.uk
  GB | University of Oxford | | Oxford | www.ox.ac.uk
  GB | University of Glasgow | | Glasgow | www.gla.ac.uk
  GB | University of Bristol | | Bristol | www.bristol.ac.uk
  CZ | Univerzita Karlova | UK | Praha | cuni.cz
  CZ | Masarykova univerzita | MUNI | Brno | www.muni.cz
  CZ | České vysoké učení technické v Praze | ČVUT | Praha | www.cvut.cz
  CZ | Vysoké učení technické v Brně | VUT | Brno | www.vut.cz
  CZ | Univerzita Palackého v Olomouci | UP | Olomouc | www.upol.cz
  PL | Uniwersytet Warszawski | UW | Warszawa | www.uw.edu.pl
  PL | Uniwersytet Jagielloński | UJ | Kraków | www.uj.edu.pl
  PL | Uniwersytet Wrocławski | UWr | Wrocław | uwr.edu.pl
  PL | Uniwersytet im. Adama Mickiewicza w Poznaniu | UAM | Poznań | amu.edu.pl
  PL | Politechnika Gdańska | PG | Gdańsk | pg.edu.pl
  GR | Aristotle University of Thessaloniki | AUTH | Thessaloniki | www.auth.gr
  GR | National and Kapodistrian University of Athens | NKUA | Athens | www.uoa.gr
  GR | National Technical University of Athens | NTUA | Athens | www.ntua.gr
  GR | University of Crete | UoC | Heraklion | www.uoc.gr
  GR | University of Patras | UPatras | Patras | www.upatras.gr
  BE | KU Leuven | | Leuven | www.kuleuven.be
  BE | Universiteit Gent | UGent | Gent | www.ugent.be
  BE | Université de Liège | ULiège | Liège | www.uliege.be
  CH | ETH Zürich | ETH | Zürich | ethz.ch
  CH | École polytechnique fédérale de Lausanne | EPFL | Lausanne | www.epfl.ch
  CH | Universität Basel | UNIBAS | Basel | www.unibas.ch
  CH | Université de Genève | UNIGE | Genève | www.unige.ch
  AT | Universität Wien | | Wien | www.univie.ac.at
  AT | Technische Universität Wien | TU Wien | Wien | www.tuwien.at
  AT | Universität Graz | | Graz | www.uni-graz.at
  SE | Uppsala universitet | UU | Uppsala | www.uu.se
  SE | Lunds universitet | LU | Lund | www.lu.se
  SE | KTH Royal Institute of Technology | KTH | Stockholm | www.kth.se
  FI | Helsingin yliopisto | | Helsinki | www.helsinki.fi
  FI | Aalto-yliopisto | Aalto | Espoo | www.aalto.fi
  FI | Oulun yliopisto | | Oulu | www.oulu.fi
  IE | Trinity College Dublin | TCD | Dublin | www.tcd.ie
  IE | University College Cork | UCC | Cork | www.ucc.ie
  IE | University of Galway | | Galway | www.universityofgalway.ie
  DK | Københavns Universitet | KU | København | www.ku.dk
  DK | Aarhus Universitet | AU | Aarhus | www.au.dk
  DK | Danmarks Tekniske Universitet | DTU | Lyngby | www.dtu.dk
  NO | Universitetet i Oslo | UiO | Oslo | www.uio.no
  NO | Universitetet i Bergen | UiB | Bergen | www.uib.no
  NO | Norges teknisk-naturvitenskapelige universitet | NTNU | Trondheim | www.ntnu.no
  HU | Eötvös Loránd Tudományegyetem | ELTE | Budapest | www.elte.hu
  HU | Debreceni Egyetem | DE | Debrecen | unideb.hu
  HU | Szegedi Tudományegyetem | SZTE | Szeged | u-szeged.hu
  SK | Univerzita Komenského v Bratislave | UK | Bratislava | uniba.sk
  SK | Technická univerzita v Košiciach | TUKE | Košice | www.tuke.sk
  HR | Sveučilište u Zagrebu | UNIZG | Zagreb | www.unizg.hr
  HR | Sveučilište u Splitu | UNIST | Split | www.unist.hr
  SI | Univerza v Ljubljani | UL | Ljubljana | www.uni-lj.si
  SI | Univerza v Mariboru | UM | Maribor | www.um.si
`;

const universities = table(UNIVERSITY_TABLE);

export const COUNTRIES: CountryInfo[] = table(COUNTRY_TABLE).map(
  ([code, name, locale, weight, tld, companySuffix, universityTemplate, cities]) => ({
    code,
    name,
    locale,
    weight: Number(weight),
    tld,
    companySuffix,
    universityTemplate,
    cities: list(cities),
    universities: universities.filter(([country]) => country === code).map((cells) => cells.slice(1).join('|')),
  }),
);

export function countryByCode(code: string): CountryInfo {
  const country = COUNTRIES.find((c) => c.code === code);
  if (!country) throw new Error(`no demo country ${code}`);
  return country;
}
