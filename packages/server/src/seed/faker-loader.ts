import type * as FakerModule from '@faker-js/faker';

/** The @faker-js/faker module: its Faker class and locale definitions. */
export type FakerLib = typeof FakerModule;

/*
 * @faker-js/faker 10 is published as an ES module only. The compiled server keeps this `import()`
 * (module "nodenext"); jest compiles the package to CommonJS with our own code (jest.config.js),
 * so each test file loads it through its own module registry.
 */
let loaded: Promise<FakerLib> | undefined;

export function loadFaker(): Promise<FakerLib> {
  loaded ??= import('@faker-js/faker');
  return loaded;
}
