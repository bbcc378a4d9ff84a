import * as assert from 'node:assert/strict';
import { passagePickItems } from '../../src/editor/passagePicker';
import { annalist } from './helpers';

describe('the passage quick pick', () => {
  it('lists rows in the ranking of the search, with an icon-only label so VS Code cannot re-sort them', async () => {
    const snapshot = await (await annalist()).corpus();
    const items = passagePickItems(snapshot, 'kosigin patents');
    const ranked = snapshot.search.search('kosigin patents', 50).map((hit) => hit.passage.id);
    assert.deepEqual(items.map((item) => item.passage.id), ranked);
    assert.equal(items[0].passage.id, 'kosygin-foreign-patents');
    for (const item of items) {
      assert.match(item.label, /^\$\([a-z-]+\)$/);
      assert.equal(item.alwaysShow, true);
    }
  });

  it('shows a snippet of the words, the speaker, the source and the themes of each passage', async () => {
    const snapshot = await (await annalist()).corpus();
    const [first] = passagePickItems(snapshot, 'kosigin patents');
    assert.match(first.description ?? '', /^should not have wasted time trying to invent everything/);
    assert.equal(first.detail, 'Alexei Kosygin \u00b7 Szalontai 2003 \u00b7 Self-reliance and foreign patents, Nationalism and the Sino-Soviet contrast');
  });

  it('lists every passage in corpus order for an empty query', async () => {
    const snapshot = await (await annalist()).corpus();
    const items = passagePickItems(snapshot, '');
    assert.deepEqual(items.map((i) => i.passage.id), snapshot.index.corpus.passages.slice(0, 50).map((p) => p.id));
  });
});
