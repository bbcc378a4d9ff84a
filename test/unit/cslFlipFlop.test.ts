/**
 * Formatting in the CSL engine's output: nested quotes and italics flip, punctuation moves
 * into quotes where the locale says so, and item text is escaped in every output format.
 */
import * as assert from 'assert';
import type { CslItem } from '../../src/core/csl';
import { cite, localeAvailable } from './support/cslStyle';

const titled = (title: string): CslItem => ({ id: 't', type: 'article-journal', title });

describe('CSL flip-flop, punctuation and escaping', function () {
  before(function () { if (!localeAvailable) { console.warn('    !! en-US locale not found in ../shared/csl: skipped'); this.skip(); } });

  it('flips quotes inside quotes and italics inside italics', () => {
    assert.strictEqual(cite('<text variable="title" quotes="true"/>', [titled('On "Hamlet" and Others')]), '“On ‘Hamlet’ and Others”');
    assert.strictEqual(cite('<text variable="title" font-style="italic"/>', [titled('The <i>Titanic</i> Story')], { format: 'html' }), '<i>The <span style="font-style:normal;">Titanic</span> Story</i>');
  });

  it('moves a period inside the closing quote (en-US punctuation-in-quote)', () => {
    assert.strictEqual(cite('<text variable="title" quotes="true" suffix="."/>', [titled('A Title')]), '“A Title.”');
    assert.strictEqual(cite('<text variable="title" quotes="true" suffix="."/>', [titled('Why?')]), '“Why?”');
  });

  it('escapes item text for HTML, LaTeX and Markdown and never reads it as markup beyond the CSL-JSON tags', () => {
    const item = titled('R&D <script>x</script> 100% $5_a *b*');
    assert.strictEqual(cite('<text variable="title"/>', [item], { format: 'html' }), 'R&#38;D &#60;script&#62;x&#60;/script&#62; 100% $5_a *b*');
    assert.strictEqual(cite('<text variable="title" font-style="italic"/>', [item], { format: 'latex' }), '\\textit{R\\&D <script>x</script> 100\\% \\$5\\_a *b*}');
    assert.strictEqual(cite('<text variable="title" font-style="italic"/>', [item], { format: 'markdown' }), '*R&D \\<script\\>x\\</script\\> 100% \\$5\\_a \\*b\\**');
  });
});
