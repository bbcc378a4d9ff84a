// Bundles the extension and the command-line tool into dist/. `--watch` rebuilds on change.
//
// What loads at activation is kept small: the modules listed in LAZY are bundled on their own
// into dist/chunks/, and every bundle that imports one gets instead a small module whose
// exports are getters that `require()` the chunk the first time one is read. The source is
// unchanged (unit tests import the modules directly); only the bundles load them on demand.
// `--analyze` prints what makes up dist/extension.js and dist/cli.js; `--metafile` writes
// each bundle's esbuild metafile beside it (NAME.meta.json), for the tests.
// `--old` also writes the single bundle of before, with nothing lazy, to dist-full/ (bench).
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const old = process.argv.includes('--old');
const analyze = process.argv.includes('--analyze');
const metafile = analyze || process.argv.includes('--metafile');
/** `--outdir=DIR` writes the bundles to DIR (a folder beside corpus/), `dist` by default. */
const outdir = process.argv.find((arg) => arg.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';
const root = path.dirname(new URL(import.meta.url).pathname);

/**
 * The parts loaded on first use, each with why it can wait: `source` is a file of this
 * repository or a package name, `chunk` the file under dist/chunks/.
 */
export const LAZY = [
  // The corpus validators generated from the schemas: the first corpus file read needs them.
  { source: 'src/core/corpus/generated/recordSchemas.ts', chunk: 'recordSchemas' },
  // YAML and BibTeX parsers: only a workspace with such files needs them.
  { source: 'src/core/corpus/yamlReader.ts', chunk: 'yamlReader' },
  { source: 'src/core/import/bibtex.ts', chunk: 'bibtex' },
  // Adding a passage from a selection edits a JSON or YAML corpus file.
  { source: 'src/core/corpus/newPassage.ts', chunk: 'newPassage' },
  // Misspelt search words: fuse.js decides them on the first search with a typo.
  { source: 'fuse.js', chunk: 'fuse' },
  // The citation engine: the first citation, hover or bibliography (and the quick pick's
  // citations) load it; the extension loads it once the corpus is ready, before any is asked for.
  { source: 'src/core/citation/index.ts', chunk: 'citation' },
  // Corpus files in CSL-JSON: only a workspace with such files needs the import.
  { source: 'src/core/import/cslJson.ts', chunk: 'cslJson' },
  // Quotation checking runs after the pause that follows opening or editing an essay.
  { source: 'src/core/quotes/index.ts', chunk: 'quotes' },
  // The CommonMark parser (micromark) behind footnotes: the first insert, renumbering, hover
  // or completion in a Markdown essay reads the document with it.
  { source: 'src/core/footnotes/markdownStructure.ts', chunk: 'markdown' },
];

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
  // jsonc-parser's `main` is a UMD build that requires files esbuild cannot see; use its ES module.
  mainFields: ['module', 'main'],
};

/** How a LAZY source is matched: the absolute file of this repository, or the package name. */
function key(source) {
  return source.startsWith('src/') ? path.join(root, source) : source;
}

/** esbuild options that take a LAZY source as the entry point. */
function entryOf(source) {
  if (source.startsWith('src/')) return { entryPoints: [path.join(root, source)] };
  const contents = `export * from '${source}';\nexport { default } from '${source}';\n`;
  return { stdin: { contents, resolveDir: root, loader: 'js' } };
}

/**
 * An esbuild plugin that replaces each LAZY module (other than the entry being bundled) by
 * getters that load its chunk. `fromDir` is where the bundle is written, relative to dist/.
 * `exportsOf` names each chunk's exports.
 */
function lazyChunks(fromDir, exportsOf, entry) {
  const byKey = new Map(LAZY.map((part) => [key(part.source), part]));
  return {
    name: 'lazy-chunks',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'lazy' || args.kind === 'entry-point' || args.namespace === 'lazy-chunk') return undefined;
        let part = byKey.get(args.path);
        if (!part && args.path.startsWith('.')) {
          const result = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'lazy' });
          part = byKey.get(result.path);
        }
        if (!part || part === entry) return undefined;
        return { path: part.chunk, namespace: 'lazy-chunk' };
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-chunk' }, (args) => {
        const file = path.posix.join(path.posix.relative(fromDir, 'chunks'), `${args.path}.js`);
        const request = file.startsWith('.') ? file : `./${file}`;
        const names = exportsOf(args.path);
        const getters = names.map((name) => `  ${JSON.stringify(name)}: { enumerable: true, get: () => load()[${JSON.stringify(name)}] },`);
        return {
          contents: [
            'let loaded;',
            `const load = () => loaded ?? (loaded = require(${JSON.stringify(request)}));`,
            "Object.defineProperty(exports, '__esModule', { value: true });",
            `Object.defineProperties(exports, {\n${getters.join('\n')}\n});`,
          ].join('\n'),
          loader: 'js',
          resolveDir: root,
        };
      });
      // The chunk's require() stays a require() at run time.
      build.onResolve({ filter: /.*/, namespace: 'lazy-chunk' }, (args) => ({ path: args.path, external: true }));
    },
  };
}

/** The export names of each chunk, read from its ES module build. */
async function chunkExports() {
  const names = new Map();
  await Promise.all(
    LAZY.map(async (part) => {
      const result = await esbuild.build({ ...common, ...entryOf(part.source), format: 'esm', write: false, metafile: true, logLevel: 'silent', sourcemap: false, minify: false, outfile: 'x.js' });
      names.set(part.chunk, Object.values(result.metafile.outputs)[0].exports);
    }),
  );
  return (chunk) => names.get(chunk);
}

const exportsOf = await chunkExports();

const chunkBuilds = LAZY.map((part) => ({
  ...common,
  ...entryOf(part.source),
  outfile: `${outdir}/chunks/${part.chunk}.js`,
  plugins: [lazyChunks('chunks', exportsOf, part)],
}));

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'], plugins: [lazyChunks('.', exportsOf)] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: `${outdir}/cli.js`, plugins: [lazyChunks('.', exportsOf)] },
  ...chunkBuilds,
];
if (old) {
  mkdirSync('dist-full', { recursive: true });
  builds.push(
    { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist-full/extension.js', external: ['vscode'] },
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist-full/cli.js' },
  );
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile })));
  if (metafile) results.forEach((result, i) => writeFileSync(builds[i].outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(result.metafile)));
  if (analyze) for (const result of results.slice(0, 2)) console.log(await esbuild.analyzeMetafile(result.metafile));
}
