import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the server's SDL: every `graphql(`...`)` in src becomes a typed document
 * in src/generated/ (never edited by hand; `npm run codegen` rewrites it).
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        // Apollo has its own useFragment hook: the unmasking function gets a name that cannot be confused with it.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        scalars: {
          DateTimeISO: 'string',
          LocalDate: 'string',
          JSONObject: 'Record<string, unknown>',
        },
        // Enums as string unions: no runtime code, and labels maps (Record<Enum, string>) stay exhaustive.
        enumsAsTypes: true,
        useTypeImports: true,
        nonOptionalTypename: true,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
