/**
 * CSL engine benchmark: Annalist's CSL processor (src/core/csl) against citeproc-js in the
 * same run, on the official MLA (44 KB) and Chicago notes-bibliography (243 KB) styles.
 * Prints, per style: parse + compile time (median of several runs, each on fresh text so no
 * cache helps) beside citeproc-js building its processor, and the time of one citation after
 * compiling beside citeproc-js's `makeCitationCluster`, with the ratios.
 *
 * Run: npx tsc -p . && node out/bench/csl.js   (styles folder: CSL_STYLES_DIR, default ../shared/csl)
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import * as fs from 'fs';
import * as path from 'path';
import { CslEngine } from '../src/core/csl';
import { varietyItems } from './cslItems';

const STYLES_DIR = process.env.CSL_STYLES_DIR ?? path.resolve(process.cwd(), '../shared/csl');
const RUNS = Number(process.env.CSL_BENCH_RUNS ?? 7);
const STYLES = ['modern-language-association', 'chicago-notes-bibliography'];

interface CiteprocEngine { updateItems(ids: string[]): void; makeCitationCluster(cites: { id: string }[]): string }
interface Citeproc { Engine: new (sys: object, style: string, lang?: string) => CiteprocEngine }

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number): string => `${x.toFixed(x < 1 ? 3 : 1)} ms`;

function main(): void {
  const localeXml = fs.readFileSync(path.join(STYLES_DIR, 'locales-en-US.xml'), 'utf8');
  const locales = (lang: string): string | undefined => (lang === 'en-US' ? localeXml : undefined);
  const items = varietyItems().filter((i) => ['book', 'article-journal', 'chapter'].includes(i.type));
  const byId = new Map(items.map((i) => [String(i.id), i]));
  const CSL = require('citeproc') as Citeproc;
  for (const name of STYLES) {
    const xml = fs.readFileSync(path.join(STYLES_DIR, `${name}.csl`), 'utf8');
    const ours: number[] = [];
    const theirs: number[] = [];
    let engine: CslEngine | undefined;
    let cp: CiteprocEngine | undefined;
    for (let r = 0; r < RUNS; r++) {
      const fresh = `${xml}\n<!-- run ${r} ${Date.now()} -->`;
      let t = performance.now();
      engine = new CslEngine(fresh, { locales, format: 'html' });
      ours.push(performance.now() - t);
      t = performance.now();
      cp = new CSL.Engine({ retrieveLocale: () => localeXml, retrieveItem: (id: string) => byId.get(id) }, fresh, 'en-US');
      theirs.push(performance.now() - t);
    }
    engine!.setItems(items);
    cp!.updateItems(items.map((i) => String(i.id)));
    const oursCite: number[] = [];
    const theirsCite: number[] = [];
    for (let r = 0; r < 200; r++) {
      const id = String(items[r % items.length].id);
      let t = performance.now();
      engine!.citations([{ items: [{ id, locator: '12' }], noteIndex: 1 }]);
      oursCite.push(performance.now() - t);
      t = performance.now();
      cp!.makeCitationCluster([{ id }]);
      theirsCite.push(performance.now() - t);
    }
    const [a, b, c, d] = [median(ours), median(theirs), median(oursCite), median(theirsCite)];
    console.log(`${name} (${Math.round(xml.length / 1024)} KB)`);
    console.log(`  parse + compile   ${ms(a).padStart(10)}   citeproc-js processor ${ms(b).padStart(10)}   ratio ${(a / b).toFixed(2)}`);
    console.log(`  one citation      ${ms(c).padStart(10)}   citeproc-js cluster   ${ms(d).padStart(10)}   ratio ${(c / d).toFixed(2)}`);
  }
}

main();
