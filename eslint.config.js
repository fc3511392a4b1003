// typescript-eslint's type-checked rules over everything hand-written (src, scripts, test); the
// generated modules and build output are the generator's and the compiler's, not lint's. Layout is
// Prettier's job (.prettierrc.json), so no stylistic rule is on here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '**/generated/', 'build/', 'reports/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { secret: _omitted, ...rest } = value` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // A cloud lives in its own folder (src/<cloud>/) and is listed once, in the registry (src/clouds.ts):
  // everything else reads the registry. Outside those, no module names a cloud as a value or imports a
  // cloud's folder or its generated tables; only the public entries (src/index.ts, src/credentials.ts)
  // re-export each cloud's public classes. Core is held to the same (it knows no vendor at all). The
  // benchmarks are left out: their subject is each vendor's client against that vendor's official SDK.
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/hss/**', 'src/sas/**', 'src/clouds.ts', 'src/index.ts', 'src/credentials.ts', 'scripts/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/hss/**', '**/sas/**', '#hss-*', '#sas-*'],
              message: "a cloud's folder is read through the registry (src/clouds.ts)",
            },
            {
              group: ['**/generated/hss*', '**/generated/sas*'],
              message: "a cloud's generated tables are read through the registry (src/clouds.ts)",
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^(hss|sas)$/]',
          message: 'a cloud is named by its descriptor (src/clouds.ts), not by a literal',
        },
      ],
    },
  },
  // Core sits below the clouds: besides the rule above, it does not read the registry.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/hss/**', '**/sas/**', '#hss-*', '#sas-*'], message: 'src/core is vendor-neutral' },
            { group: ['**/generated/hss*', '**/generated/sas*'], message: 'src/core is vendor-neutral' },
            { group: ['**/clouds.js'], message: 'src/core sits below the registry of clouds' },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // The plain JavaScript (bin/imagesec.js, this file) runs on Node: its globals are known.
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
