import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { APP_MODULES } from './app-modules';
import { entities } from './entities';
import { RECORD_KINDS, RECORD_MODULES } from './registry/record-registry';

/*
 * One shape for every module folder (docs/ARCHITECTURE.md, "The module shape"): what it
 * contributes in `<folder>.module.ts`, batched relation fields in `*.relations.ts`, connection
 * types beside the resolver that pages them.
 */

/** `shared` is the modules' library and `registry` the list of kinds: neither is a module. */
const NOT_MODULES = new Set(['shared', 'registry']);

const folders = readdirSync(__dirname, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !NOT_MODULES.has(entry.name))
  .map((entry) => entry.name);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

const files = sourceFiles(__dirname).map((file) => ({
  name: path.relative(__dirname, file),
  text: readFileSync(file, 'utf8'),
}));

describe('the module shape', () => {
  it.each(folders)('gives %s its <folder>.module.ts, and the application uses it', async (folder) => {
    const file = path.join(__dirname, folder, `${folder}.module.ts`);
    expect(existsSync(file)).toBe(true);
    const exported = Object.values((await import(file)) as Record<string, unknown>);
    expect(exported.some((value) => APP_MODULES.includes(value as never))).toBe(true);
  });

  it('takes every kind of record from a module of the registry, and every entity from a module', () => {
    expect(RECORD_KINDS).toEqual(RECORD_MODULES.flatMap((module) => module.kinds ?? []));
    for (const module of RECORD_MODULES) expect(APP_MODULES).toContain(module);
    const tables = getMetadataArgsStorage().tables.map((table) => table.target);
    const missing = tables.filter((target) => typeof target === 'function' && !entities.includes(target as never));
    expect(missing.map((target) => (target as { name: string }).name)).toEqual([]);
  });

  it('keeps batched relation fields (per-request loaders, nested pages) in *.relations.ts', () => {
    const batching = files.filter(({ text }) => /\bnestedPage\(|\bloaders\.get\b/.test(text)).map(({ name }) => name);
    const elsewhere = batching.filter((name) => !name.endsWith('.relations.ts') && name !== 'shared/record-loaders.ts');
    expect(elsewhere).toEqual([]);
    expect(batching.length).toBeGreaterThan(5);
  });

  it('names files one way: no *.loaders.ts, *.connections.ts', () => {
    expect(files.map(({ name }) => name).filter((name) => /\.(loaders|connections)\.ts$/.test(name))).toEqual([]);
  });

  it('declares each connection type in a resolver', () => {
    const declaring = files.filter(({ text }) => /extends ConnectionType\(/.test(text)).map(({ name }) => name);
    expect(declaring.filter((name) => !name.endsWith('.resolver.ts'))).toEqual([]);
    expect(declaring.length).toBeGreaterThan(10);
  });
});
