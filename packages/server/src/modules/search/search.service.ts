import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { visibilityPredicate } from '../../core/auth/visibility-rules';
import { maySeeContactDetails } from '../contact/contact.policy';
import { checkFirst, containsPattern, prefixPattern, searchText, trigramThreshold, withSearchPlan } from './search-sql';
import { SEARCH_KINDS, SEARCH_TYPES, type SearchHit, type SearchTypeValue } from './search.types';

export const MAX_SEARCH_HITS = 50;

/**
 * How close a misspelt or partial query must come to a name (pg_trgm word similarity): enough
 * for "Kralsruhe" to find "Karlsruhe Institute of Technology" (0.5), not for unrelated names.
 */
const WORD_SIMILARITY_THRESHOLD = 0.45;

/** Long bodies are searched and quoted by their beginning (as the migration indexes them). */
const HEADLINE = `ts_headline('simple', left(d.body, 100000), CAST(:tsquery AS tsquery),
  'MaxFragments=2, MaxWords=20, MinWords=6, FragmentDelimiter=" … ", StartSel=**, StopSel=**')`;

/** Each kind's title and subtitle, read for the hits only; SQL over the alias `r`, the hit `h`. */
const DISPLAY = [...SEARCH_KINDS].map(
  ([type, kind]) =>
    `SELECT ${kind.title} AS title, ${kind.search!.subtitle} AS subtitle FROM ${kind.table} r
     WHERE h.type = '${type}' AND r.id = h.id`,
);

export interface SearchArgs {
  query: string;
  types?: SearchTypeValue[] | null;
  first: number;
}

/**
 * Quotes, OR and a leading minus make a web-search query, matched exactly (no prefixes, no typos);
 * plain words match as prefixes and names also by trigrams.
 */
const isWebSearch = (text: string) => /"|\sor\s|(^|\s)-\S/i.test(text);

const MAX_TRANSPOSITIONS = 24;

/**
 * Queries that differ from the folded text by two neighbouring letters swapped ("kralsruhe" →
 * "karlsruhe"): a transposition breaks up to three trigrams of a word, which pushes a name
 * below the similarity threshold, while the swapped-back query finds it at once. Words of four
 * letters or more; at most MAX_TRANSPOSITIONS variants, the first words first.
 */
function transpositions(folded: string): string[] {
  const variants = new Set<string>();
  for (const word of folded.matchAll(/[\p{L}\p{N}]{4,}/gu)) {
    const start = word.index;
    for (let i = 0; i < word[0].length - 1 && variants.size < MAX_TRANSPOSITIONS; i++) {
      const [a, b] = [word[0][i], word[0][i + 1]];
      if (a === b) continue;
      const at = start + i;
      variants.add(folded.slice(0, at) + b + a + folded.slice(at + 2));
    }
  }
  return [...variants];
}

/** A name this close to the query (word similarity) counts as found: no need to try transpositions. */
const FOUND_SIMILARITY = 0.5;

/**
 * The best hits of every kind for what a person typed, in one statement over `search_entries`.
 * A record matches when its text vector matches the words (each as a prefix), when its name or
 * acronym comes close to the query (trigrams: `<%` on the one trigram index) or, for editors and
 * admins, when an email of a contact contains it. Score, so that the record whose name is the
 * query comes before those that mention it: 3 for an exact name, 2 for a name starting with the
 * query, plus how much of the name the query covers (trigram similarity, 0–1), plus the best word
 * similarity of its names (0–1), plus the text rank (0–1). When no name comes close, the query is
 * tried again with two neighbouring letters swapped, against the same index, and names found
 * that way count a little less.
 */
export async function search(dataSource: DataSource, viewer: Viewer, args: SearchArgs): Promise<SearchHit[]> {
  const text = searchText(args.query, 'query');
  const first = checkFirst(args.first, MAX_SEARCH_HITS);
  const types = args.types?.length ? [...new Set(args.types)] : SEARCH_TYPES;

  const web = isWebSearch(text);
  return withSearchPlan(dataSource, async (run) => {
    const [{ folded, tsquery }] = await run<{ folded: string; tsquery: string | null }>(
      `SELECT f.folded, nullif(CAST(CASE WHEN :web THEN websearch_to_tsquery('simple', f.folded) ELSE (
          SELECT to_tsquery('simple', string_agg(
            '''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || ''':*', ' & '))
          FROM unnest(to_tsvector('simple', f.folded))
        ) END AS text), '') AS tsquery
       FROM (SELECT search_fold(:text) AS folded) f`,
      { text, web },
    );
    const visible = visibilityPredicate('e', viewer);
    const parameters: Record<string, unknown> = {
      ...visible.parameters,
      folded,
      tsquery,
      prefix: prefixPattern(folded),
      contains: containsPattern(folded),
      types,
      first,
      threshold: WORD_SIMILARITY_THRESHOLD,
    };
    // A piece of an email address has no space, and the trigram index needs 3 characters.
    const emails = !web && folded.length >= 3 && !folded.includes(' ') && maySeeContactDetails(viewer);
    const find = (variants: string[]) => {
      variants.forEach((variant, i) => (parameters[`variant${i}`] = variant));
      const match = { text: tsquery !== null, fuzzy: !web, emails, variants: variants.length };
      const conditions = [visible.sql, ...(args.types?.length ? ['e.kind IN (:...types)'] : [])];
      return run<SearchHit & { closeness: number }>(searchSql(match, conditions), parameters);
    };
    let hits = await find([]);
    const variants = web ? [] : transpositions(folded);
    if (variants.length > 0 && !hits.some((hit) => hit.closeness >= FOUND_SIMILARITY)) hits = await find(variants);
    return hits.map(({ closeness: _, ...hit }) => hit);
  });
}

/** Which ways of matching apply: the text vector (when the query has words), trigrams, emails. */
interface Matching {
  text: boolean;
  fuzzy: boolean;
  emails: boolean;
  /** How many transposed queries (`:variant0` …) to match names with. */
  variants: number;
}

/** How much a name found only through a transposed query counts, against one found as typed. */
const TRANSPOSED_WEIGHT = 0.9;

/**
 * The entries the viewer may see that match, scored and cut to `first` before anything else is
 * read; then the hits' titles, subtitles and (documents) snippets.
 */
function searchSql(match: Matching, conditions: string[]): string {
  const variants = Array.from({ length: match.variants }, (_, i) => `:variant${i}`);
  const matches = [
    ...(match.text ? ['e.vector @@ CAST(:tsquery AS tsquery)'] : []),
    ...(match.fuzzy ? [':folded', ...variants].map((query) => `${query} <% e.folded`) : []),
    // Contact emails: never through the text vector, so that viewers do not find contacts by them.
    ...(match.emails ? ['e.emails LIKE :contains'] : []),
  ];
  const exact = ['e.name = :folded', 'e.acronym = :folded'];
  if (match.emails) exact.push(`position(' ' || :folded || ' ' IN ' ' || e.emails || ' ') > 0`);
  const close = (query: string, weight = 1) =>
    `${weight} * word_similarity(${query}, e.name), ${weight} * word_similarity(${query}, e.acronym)`;
  const closeness = `coalesce(greatest(${[close(':folded'), ...variants.map((v) => close(v, TRANSPOSED_WEIGHT))].join(', ')}), 0)`;
  const rank = match.text ? 'ts_rank_cd(e.vector, CAST(:tsquery AS tsquery), 32)' : '0';
  return `WITH scored AS (
      SELECT e.kind, e.record_id, e.name, ${closeness} AS closeness,
        CASE WHEN ${exact.join(' OR ')} THEN 3 WHEN e.name LIKE :prefix OR e.acronym LIKE :prefix THEN 2 ELSE 0 END
          + coalesce(greatest(similarity(:folded, e.name), similarity(:folded, e.acronym)), 0) + ${rank} AS base
      FROM search_entries e
      WHERE ${trigramThreshold('word_similarity_threshold', 'threshold')} AND NOT e.deleted
        AND ${conditions.join(' AND ')} AND (${matches.join(' OR ') || 'FALSE'})
    ), h AS (
      SELECT kind AS type, record_id AS id, name, CAST(base + closeness AS float8) AS score,
        CAST(closeness AS float8) AS closeness
      FROM scored ORDER BY score DESC, name, id LIMIT :first
    )
    SELECT h.type, h.id, t.title, nullif(t.subtitle, '') AS subtitle, h.score, h.closeness,
      CASE WHEN h.type = 'document' AND CAST(:tsquery AS tsquery) IS NOT NULL
        THEN (SELECT nullif(${HEADLINE}, '') FROM documents d WHERE d.id = h.id) END AS snippet
    FROM h LEFT JOIN LATERAL (${DISPLAY.join(' UNION ALL ')}) t ON TRUE
    ORDER BY h.score DESC, h.name, h.id`;
}
