// ESLint flat config (the electron-vite template's shape): typescript-eslint with type information,
// Vue and its accessibility rules, Prettier's formatting left to Prettier, and import rules that enforce
// the process boundaries of docs/architecture.md §1 (after GitHub Desktop's eslint-rules).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import vueA11y from 'eslint-plugin-vuejs-accessibility'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const electronOnlyInGlue = {
  paths: [
    {
      name: 'electron',
      message:
        'Only the Electron glue imports electron: src/main/electron/, src/main/index.ts and src/preload/ (docs/architecture.md §1).'
    }
  ],
  patterns: [{ group: ['electron/*'], message: 'Only the Electron glue imports electron.' }]
}

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url']

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'bench-results/', 'coverage/', '**/*.d.mts']
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...vue.configs['flat/recommended'],
  ...vueA11y.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json'],
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue']
      }
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Errors are values here (src/shared/result.ts); `void promise` marks a deliberate fire-and-forget.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true }
      ],
      // Many async functions implement a contract call that has nothing to await on some paths.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always'],
      'no-restricted-imports': ['error', electronOnlyInGlue]
    }
  },
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser }
    },
    rules: {
      // Views are named for what they show (SearchView, AccountView): one word plus "View" is enough.
      'vue/multi-word-component-names': 'off'
    }
  },
  {
    files: ['src/renderer/**', 'test/renderer/**'],
    rules: {
      // `const { t } = useI18n()` and Pinia's store actions are meant to be destructured.
      '@typescript-eslint/unbound-method': 'off',
      // A label is tied to its control by nesting or by for/id; either is enough.
      'vuejs-accessibility/label-has-for': ['error', { required: { some: ['nesting', 'id'] } }]
    }
  },
  {
    // The Electron glue may import electron; nothing else may.
    files: [
      'src/main/electron/**',
      'src/main/index.ts',
      'src/preload/**',
      'test/support/electron/**',
      'test/electron/**'
    ],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    // The renderer reaches main only through window.api (src/renderer/src/api.ts): no Node, no Electron.
    files: ['src/renderer/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInGlue,
          patterns: [
            {
              group: nodeBuiltins,
              message: 'The renderer is sandboxed: no Node modules (docs/architecture.md §1).'
            },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer talks to main only through api.ts.'
            }
          ]
        }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message:
            'Call main through api() from src/renderer/src/api.ts, so tests can hand the app another implementation.'
        }
      ]
    }
  },
  {
    // TypeScript alone cannot type a .vue import in a .ts file (vue-tsc does, in `npm run typecheck`).
    files: ['src/renderer/src/main.ts', 'src/renderer/src/router.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off'
    }
  },
  {
    files: ['src/renderer/src/api.ts'],
    rules: { 'no-restricted-syntax': 'off' }
  },
  {
    // The contract and domain types are pure TypeScript shared by every process.
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInGlue,
          patterns: [
            { group: nodeBuiltins, message: 'src/shared is pure TypeScript: no Node modules.' },
            {
              group: ['vue', 'pinia', 'vue-*', '**/main/**', '**/renderer/**'],
              message: 'src/shared imports nothing from the processes.'
            }
          ]
        }
      ]
    }
  },
  {
    // Plain JavaScript outside the TypeScript projects: scripts, build hooks, Node loader hooks.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node, parserOptions: { project: false, program: null } }
  },
  {
    files: ['test/**', 'bench/**', 'tools/**'],
    languageOptions: { globals: globals.node }
  },
  {
    // Tests read raw JSON from the simulator and from hostile servers as it comes.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off'
    }
  },
  prettier
)
