import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation in src/, generated from the committed schema (never a live server).
 * Exported so that the staleness test can run exactly the same configuration.
 */
export const codegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumType: 'const',
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string', MinorUnits: 'number' },
        defaultScalarType: 'unknown',
        skipTypename: false,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
} satisfies CodegenConfig;

export default codegenConfig;
