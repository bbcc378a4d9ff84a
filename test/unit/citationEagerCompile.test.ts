import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../../..');

/**
 * The citation engine's files whose functions every citation runs, whatever its style: the
 * entry and dispatch (`index.ts`) and the shared helpers. Their functions are parenthesized
 * so that V8 compiles them when the engine loads (ARCHITECTURE.md, "The first citation").
 */
const EAGER_FILES = ['index', 'chars', 'rich', 'titles', 'common', 'dates', 'pageRanges', 'locators', 'names', 'givenNames', 'markup'];

/** Top-level function declarations, which V8 compiles on their first call. */
function lazyDeclarations(file: string): string[] {
  const text = fs.readFileSync(path.join(root, 'src/core/citation', `${file}.ts`), 'utf8');
  return [...text.matchAll(/^(?:export )?function (\w+)/gm)].map((m) => m[1]);
}

/** Top-level parenthesized functions: `const f = (function f(`. */
function eagerFunctions(file: string): string[] {
  const text = fs.readFileSync(path.join(root, 'src/core/citation', `${file}.ts`), 'utf8');
  return [...text.matchAll(/^(?:export )?const (\w+) = \(function \1\(/gm)].map((m) => m[1]);
}

describe('the citation engine compiles its shared code when it loads', () => {
  it('writes every top-level function of the shared files as a parenthesized function expression', () => {
    for (const file of EAGER_FILES) {
      assert.deepEqual(lazyDeclarations(file), [], `${file}.ts declares no function that V8 would compile lazily`);
      assert.ok(eagerFunctions(file).length > 0, `${file}.ts has parenthesized functions`);
    }
  });

  it('keeps the parentheses in the minified bundle, as the extension and the CLI ship it', () => {
    // Minified as for a release, except for names, so that each function can be found.
    const result = esbuild.buildSync({
      entryPoints: [path.join(root, 'src/core/citation/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      minifySyntax: true,
      minifyWhitespace: true,
      write: false,
      logLevel: 'silent',
    });
    const bundle = result.outputFiles[0].text;
    let found = 0;
    for (const name of EAGER_FILES.flatMap(eagerFunctions)) {
      // A function the engine's exports never reach is left out of the bundle.
      if (!new RegExp(`\\b${name}=`).test(bundle)) continue;
      assert.match(bundle, new RegExp(`\\b${name}=\\(function\\(`), `${name} stays parenthesized`);
      found++;
    }
    assert.ok(found > 80, `${found} parenthesized functions found in the bundle`);
  });
});
