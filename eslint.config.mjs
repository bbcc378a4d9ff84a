// Lint rules. `src/core` must stay free of VS Code and the file system: it runs in plain node.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'bin/**', '**/*.mjs', 'src/core/corpus/generated/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core knows nothing about VS Code: put editor code in src/editor.' },
            { name: 'fs', message: 'src/core does no I/O: read files in src/editor or src/cli.' },
            { name: 'node:fs', message: 'src/core does no I/O: read files in src/editor or src/cli.' },
            { name: 'fs/promises', message: 'src/core does no I/O.' },
            { name: 'node:fs/promises', message: 'src/core does no I/O.' },
          ],
        },
      ],
    },
  },
);
