// typescript-eslint's type-checked rules over everything hand-written (src, scripts, test); the
// generated modules and build output are the generator's and the compiler's, not lint's. Layout is
// Prettier's job (.prettierrc.json), so no stylistic rule is on here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'generated/', 'build/', 'reports/', 'node_modules/'] },
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
  // core knows no vendor: no import of a vendor folder or of a vendor's generated types and tables.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/hss/**', '**/sas/**', '#hss-*', '#sas-*'], message: 'src/core is vendor-neutral' },
            { group: ['**/generated/hss*', '**/generated/sas*'], message: 'src/core is vendor-neutral' },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // The plain JavaScript (bin/imagesec.js, this file) runs on Node: its globals are known.
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
