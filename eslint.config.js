// Lint: light everywhere (correctness only), strict about one thing: model/ stays pure.
// model/ must run unchanged in Node (CLI), an Electron worker and a browser worker, and give
// bit-identical results from a seed, so it may not reach the platform (Node builtins, Electron,
// the DOM, React), the other layers (renderer/, electron/, cli/), or any source of
// non-determinism (Math.random, the clock). model/tsconfig.json (lib ES2022, types []) is the
// second fence: it stops DOM and Node *types*; this stops the imports and the globals.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

const platformPackages = ['electron', 'react', 'react-dom', 'recharts'];

const modelRestrictedImports = {
  paths: [...platformPackages, ...nodeBuiltins].map((name) => ({
    name,
    message: 'model/ is pure: no Node, Electron, React or chart imports (it runs in a worker and in the browser).',
  })),
  patterns: [
    {
      regex: '^node:',
      message: 'model/ is pure: no Node builtins.',
    },
    {
      regex: `^(${[...platformPackages, ...nodeBuiltins].map(escapeRegex).join('|')})/`,
      message: 'model/ is pure: no Node, Electron, React or chart imports.',
    },
    {
      regex: '(^|/)(renderer|electron|cli|scripts|test)(/|$)',
      message: 'model/ must not depend on the layers that use it (renderer/, electron/, cli/, scripts/, test/).',
    },
  ],
};

const nonDeterminism = 'model/ is deterministic: take randomness from a named seeded stream and time from the simulation clock.';
const notInModel = 'model/ is pure: no DOM, Node or browser globals.';

const modelRestrictedGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'process',
  'require',
  'module',
  'Buffer',
  '__dirname',
  '__filename',
  'crypto',
].map((name) => ({ name, message: notInModel }));

const pureRestrictedProperties = [
  { object: 'Math', property: 'random', message: nonDeterminism },
  { object: 'Date', property: 'now', message: nonDeterminism },
  { object: 'performance', property: 'now', message: nonDeterminism },
  { object: 'globalThis', message: notInModel },
  { object: 'self', message: notInModel },
];

const pureRestrictedSyntax = [
  { selector: "NewExpression[callee.name='Date']", message: nonDeterminism },
  { selector: "CallExpression[callee.name='Date']", message: nonDeterminism },
  { selector: 'ImportExpression', message: 'model/ is pure: no dynamic import (it hides what the module depends on).' },
];

// Math.sqrt, floor, round, abs, min, max and the like are exactly specified by IEEE 754 / ECMAScript;
// these are not, and differ in the last bit between V8 builds.
const notDeterministicMath = (name) =>
  `Math.${name} differs in the last bit between V8 builds: use detLog/detExp/detPow from model/math/detMath.ts (or a constant for a fixed value).`;
const transcendentalProperties = [
  'log', 'log1p', 'log2', 'log10', 'exp', 'expm1', 'pow', 'cbrt', 'hypot',
  'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
].map((property) => ({ object: 'Math', property, message: notDeterministicMath(property) }));

const exponentiationMessage =
  '`**` is Math.pow, which differs in the last bit between V8 builds: use detPow from model/math/detMath.ts, repeated multiplication, or a constant (2147483647, not 2 ** 31 - 1).';
const exponentiationSyntax = [
  { selector: "BinaryExpression[operator='**']", message: exponentiationMessage },
  { selector: "AssignmentExpression[operator='**=']", message: exponentiationMessage },
];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'out/**', 'release/**', 'coverage/**', 'test-results/**', '.cache/**', '.ci/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Style, not correctness: leave to review.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/ban-ts-comment': 'off',
    },
  },
  {
    // Tests match terminal output, ANSI escapes included, on purpose.
    files: ['test/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Config files and scripts run in Node.
    files: ['*.js', '*.mjs', '*.cjs', 'scripts/**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    // DESIGN.md §2: one module is the only importer of model/ on the renderer side. experiments/,
    // stories/ and finance/ sit on model/, so reaching them is reaching it: values come through
    // renderer/engine too; a type import loads nothing and is allowed.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/engine/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/model', '**/model/**', '**/scenarios', '**/scenarios/**'],
              allowTypeImports: true,
              message: 'Only renderer/engine/ imports the engine; go through it (the model runs in a worker).',
            },
            {
              // The project's folders, above renderer/ (not renderer/views/trainer/stories).
              regex: '^(\\.\\./)+(experiments|stories|finance)(/|$)',
              allowTypeImports: true,
              message: 'This sits on model/: import it through renderer/engine/ (the model runs in a worker); type imports are fine.',
            },
          ],
        },
      ],
    },
  },
  {
    // finance/, experiments/ and stories/ are held to the same rules: they run in the same workers (Node
    // threads, browser workers); the platform is injected (experiments/pool.ts WorkerFactory).
    files: ['model/**/*.ts', 'model/**/*.tsx', 'model/**/*.js', 'finance/**/*.ts', 'experiments/**/*.ts', 'stories/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', modelRestrictedImports],
      '@typescript-eslint/no-restricted-imports': 'off',
      'no-restricted-globals': ['error', ...modelRestrictedGlobals, { name: 'performance', message: nonDeterminism }],
      'no-restricted-properties': ['error', ...pureRestrictedProperties],
      'no-restricted-syntax': ['error', ...pureRestrictedSyntax],
    },
  },
  {
    // DESIGN.md §5: the engine and the money give the same bits on every runtime, and V8 builds differ
    // in the last bit of Math.log/exp/pow and the other transcendental functions. (The later block
    // wins for a rule it names, so it restates the purity entries.)
    files: ['model/**/*.ts', 'model/**/*.tsx', 'model/**/*.js', 'finance/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', ...pureRestrictedProperties, ...transcendentalProperties],
      'no-restricted-syntax': ['error', ...pureRestrictedSyntax, ...exponentiationSyntax],
    },
  },
);

function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
