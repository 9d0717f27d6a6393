import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { visibilityPredicate } from '../../core/auth/visibility-rules';
import { maySeeContactDetails } from '../contact/contact.policy';
import { checkFirst, containsPattern, prefixPattern, searchText, withSearchSettings } from './search-sql';
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

/** One kind of record as search sees it; SQL over the alias `r`. */
interface Branch {
  type: SearchTypeValue;
  table: string;
  title: string;
  subtitle: string;
  names: string[];
  visibility: boolean;
}

const BRANCHES: Branch[] = [...SEARCH_KINDS].map(([type, kind]) => ({
  type,
  table: kind.table,
  title: kind.title,
  subtitle: kind.search!.subtitle,
  names: kind.search!.names,
  visibility: Boolean(kind.visibility),
}));

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
 * The best hits of every kind for what a person typed. A record matches when its text vector
 * matches the words (each as a prefix), or when its name comes close to the query (trigrams).
 * Score, so that the record whose name is the query comes before those that mention it:
 * 3 for an exact name, 2 for a name starting with the query, plus how much of the name the
 * query covers (trigram similarity, 0–1), plus the best word similarity of its names (0–1),
 * plus the text rank (0–1). When no name comes close, the query is tried again with two
 * neighbouring letters swapped, and names found that way count a little less.
 */
export async function search(dataSource: DataSource, viewer: Viewer, args: SearchArgs): Promise<SearchHit[]> {
  const text = searchText(args.query, 'query');
  const first = checkFirst(args.first, MAX_SEARCH_HITS);
  const types = new Set(args.types?.length ? args.types : SEARCH_TYPES);
  const branches = BRANCHES.filter((branch) => types.has(branch.type));

  const web = isWebSearch(text);
  return withSearchSettings(dataSource, { word_similarity_threshold: WORD_SIMILARITY_THRESHOLD }, async (run) => {
    const [{ folded, tsquery }] = await run<{ folded: string; tsquery: string | null }>(
      `SELECT f.folded, nullif(CAST(CASE WHEN :web THEN websearch_to_tsquery('simple', f.folded) ELSE (
          SELECT to_tsquery('simple', string_agg(
            '''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || ''':*', ' & '))
          FROM unnest(to_tsvector('simple', f.folded))
        ) END AS text), '') AS tsquery
       FROM (SELECT search_fold(:text) AS folded) f`,
      { text, web },
    );
    const parameters: Record<string, unknown> = {
      folded,
      tsquery,
      prefix: prefixPattern(folded),
      contains: containsPattern(folded),
      first,
    };
    // A piece of an email address has no space, and the trigram index needs 3 characters.
    const emails = !web && folded.length >= 3 && !folded.includes(' ');
    const find = async (variants: string[]) => {
      variants.forEach((variant, i) => (parameters[`variant${i}`] = variant));
      const match = { text: tsquery !== null, fuzzy: !web, emails, variants: variants.length };
      const sql = branches.map((branch) => branchSql(branch, viewer, match, parameters)).join(' UNION ALL ');
      return run<SearchHit & { closeness: number }>(
        `SELECT h.type, h.id, h.title, nullif(h.subtitle, '') AS subtitle, h.score, h.closeness,
           CASE WHEN h.type = 'document' AND :hasTsquery
             THEN (SELECT nullif(${HEADLINE}, '') FROM documents d WHERE d.id = h.id) END AS snippet
         FROM (${sql}) h
         ORDER BY h.score DESC, h.title, h.id
         LIMIT :first`,
        { ...parameters, hasTsquery: tsquery !== null },
      );
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

function branchSql(branch: Branch, viewer: Viewer, match: Matching, parameters: Record<string, unknown>): string {
  const names = [...branch.names];
  const exact = names.map((name) => `${name} = :folded`);
  const prefix = names.map((name) => `${name} LIKE :prefix`);
  const variants = Array.from({ length: match.variants }, (_, i) => `:variant${i}`);
  const matches = [
    ...(match.text ? ['r.search_vector @@ CAST(:tsquery AS tsquery)'] : []),
    ...(match.fuzzy ? names.flatMap((name) => [':folded', ...variants].map((query) => `${query} <% ${name}`)) : []),
  ];
  const conditions = ['r.deleted_at IS NULL'];
  const close = (query: string, weight = 1) =>
    names.map((name) => `${weight} * word_similarity(${query}, ${name})`).join(', ');
  const covered = names.map((name) => `similarity(:folded, ${name})`);
  if (branch.type === 'contact' && match.emails && maySeeContactDetails(viewer)) {
    // Contact emails: found by editors and admins only, never through the text vector.
    exact.push(`position(' ' || :folded || ' ' IN ' ' || r.search_emails || ' ') > 0`);
    matches.push('r.search_emails LIKE :contains');
  }
  if (branch.visibility) {
    const visible = visibilityPredicate('r', viewer);
    conditions.push(visible.sql);
    Object.assign(parameters, visible.parameters);
  }
  conditions.push(`(${matches.join(' OR ') || 'FALSE'})`);
  const rank = match.text ? 'ts_rank_cd(r.search_vector, CAST(:tsquery AS tsquery), 32)' : '0';
  const closeness = `coalesce(greatest(${[close(':folded'), ...variants.map((v) => close(v, TRANSPOSED_WEIGHT))].join(', ')}), 0)`;
  return `(SELECT '${branch.type}' AS type, r.id, ${branch.title} AS title, ${branch.subtitle} AS subtitle,
      CAST((CASE WHEN ${exact.join(' OR ')} THEN 3 WHEN ${prefix.join(' OR ')} THEN 2 ELSE 0 END)
        + coalesce(greatest(${covered.join(', ')}), 0) + ${rank} + ${closeness} AS float8) AS score,
      CAST(${closeness} AS float8) AS closeness
    FROM ${branch.table} r
    WHERE ${conditions.join(' AND ')}
    ORDER BY score DESC, title, r.id
    LIMIT :first)`;
}
