// The server's layering, checked by ESLint: each folder of packages/server/src/modules (and core)
// sits in a tier and may import only from lower tiers, so no two modules can import each other
// and no domain can reach the cross-cutting features. docs/ARCHITECTURE.md explains the tiers.
import path from 'node:path';

/** Lowest first. */
const SERVER_TIERS = [
  ['core'],
  ['shared'],
  ['user'],
  ['team', 'token', 'tag'],
  ['session', 'demo-idp', 'system'],
  ['project'],
  ['organization'],
  ['contact', 'project-work'],
  ['project-link', 'need'],
  ['activity'],
  ['document'],
  ['pipeline'],
  ['opportunity'],
  ['report'],
  ['registry'],
  ['bulk', 'merge'],
  ['audit', 'search', 'tagging'],
  ['privacy'],
  ['live'],
];

const TIER_OF = new Map(SERVER_TIERS.flatMap((names, tier) => names.map((name) => [name, tier])));
/** A module folder not listed is a domain of its own, just under the registry: it may use every listed domain. */
const NEW_DOMAIN_TIER = TIER_OF.get('registry') - 0.5;
const tierOf = (unit) => TIER_OF.get(unit) ?? NEW_DOMAIN_TIER;

/** `core` or the module folder a file of packages/server/src belongs to; null elsewhere. */
function unitOf(file) {
  const match = /packages\/server\/src\/(core|modules\/([^/]+))\//.exec(file.split(path.sep).join('/'));
  if (!match) return null;
  return match[1] === 'core' ? 'core' : match[2];
}

export const moduleLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Server modules import only from lower tiers (no cycles, core and shared know no domain).' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = unitOf(file);
    if (!from || /\.test\.ts$/.test(file)) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = unitOf(path.resolve(path.dirname(file), specifier) + '/');
      if (!to || to === from) return;
      if (tierOf(to) >= tierOf(from)) {
        context.report({
          node,
          message: `'${from}' may not import '${to}': a module imports only from lower tiers (eslint/module-layers.mjs, docs/ARCHITECTURE.md)`,
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.value),
    };
  },
};
