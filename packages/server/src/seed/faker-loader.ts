import type * as FakerModule from '@faker-js/faker';

/** The @faker-js/faker module: its Faker class and locale definitions. */
export type FakerLib = typeof FakerModule;

/**
 * @faker-js/faker 10 is published as an ES module only. A real `import()` loads it from our
 * CommonJS output everywhere: in Node, in `@swc-node/register` and in jest (which runs with
 * `--experimental-vm-modules`, but whose `require` cannot load ES modules on Node 20). The
 * expression is built at run time so that the compilers do not rewrite it into a `require`.
 */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

let loaded: Promise<FakerLib> | undefined;

export function loadFaker(): Promise<FakerLib> {
  loaded ??= importModule('@faker-js/faker') as Promise<FakerLib>;
  return loaded;
}
