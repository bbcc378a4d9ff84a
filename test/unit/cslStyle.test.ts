/** Loading CSL styles: located errors for broken styles, locale merging, and one compile per style text. */
import * as assert from 'assert';
import { compileStyle, CslEngine, CslError } from '../../src/core/csl';
import { cite, localeAvailable, style } from './support/cslStyle';
import { readLocale } from './support/cslSuiteFiles';

describe('CSL style loading', function () {
  it('reports a style that is not well-formed XML at its line and element', () => {
    const broken = style('<group>\n<text value="x">\n</group>');
    assert.throws(() => compileStyle(broken), (e: unknown) => e instanceof CslError && e.line === 7 && /not well-formed.*\(line 7, <\w+>\)/.test(e.message));
  });

  it('reports a call of an undefined macro at the calling element', () => {
    assert.throws(() => compileStyle(style('\n\n<text macro="nowhere"/>')), (e: unknown) => e instanceof CslError && /macro "nowhere" is not defined \(line \d+, <text>\)/.test(e.message));
  });

  it('compiles a style text once and reuses it', () => {
    const text = style('<text value="once"/>');
    assert.strictEqual(compileStyle(text), compileStyle(text));
  });

  it('lets a style <locale> override the locale file\'s terms, in the style\'s language only', function () {
    if (!localeAvailable) this.skip();
    const locale = '<locale xml:lang="en"><terms><term name="editor" form="short"><single>Hrsg.</single><multiple>Hrsgg.</multiple></term></terms></locale>';
    const item = { id: 'e', type: 'book', editor: [{ family: 'Roe', given: 'Jane' }] };
    const layout = '<names variable="editor"><name/><label form="short" prefix=", "/></names>';
    assert.strictEqual(cite(layout, [item], { locale }), 'Jane Roe, Hrsg.');
    const french = readLocale('fr-FR');
    if (!french) return;
    const engine = new CslEngine(style(layout, { locale }), { locales: readLocale, lang: 'fr-FR', format: 'text' });
    engine.setItems([item]);
    assert.strictEqual(engine.citations([{ items: [{ id: 'e' }] }])[0], 'Jane Roe, éd.');
  });
});
