import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Commands, Views } from '../../src/ids';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

interface CommandContribution {
  command: string;
  title: string;
  category?: string;
}

describe('the manifest', () => {
  it('declares exactly the commands listed in src/ids.ts, each with a category and a Title Case title', () => {
    const declared = (contributes.commands as CommandContribution[]).map((c) => c.command).sort();
    assert.deepEqual(declared, Object.values(Commands).sort());
    for (const command of contributes.commands as CommandContribution[]) {
      assert.equal(command.category, 'Annalist', `${command.command} has the category Annalist`);
      assert.match(command.title, /^([A-Z][\w'-]*)( ([A-Z][\w'-]*|a|an|and|as|from|in|of|or|the|to|with))*…?$/, `${command.command}: "${command.title}" is in Title Case`);
    }
  });

  it('names only known commands in menus and keybindings', () => {
    const known = new Set<string>(Object.values(Commands));
    const menuEntries = Object.values(contributes.menus as Record<string, { command: string }[]>).flat();
    for (const entry of [...menuEntries, ...(contributes.keybindings as { command: string }[])]) {
      assert.ok(known.has(entry.command), `${entry.command} is declared`);
    }
  });

  it('declares the view container and views listed in src/ids.ts', () => {
    assert.deepEqual(contributes.viewsContainers.activitybar.map((c: { id: string }) => c.id), [Views.container]);
    const views = (contributes.views[Views.container] as { id: string }[]).map((v) => v.id).sort();
    const expected: string[] = Object.entries(Views).filter(([key]) => key !== 'container').map(([, id]) => id).sort();
    assert.deepEqual(views, expected);
    for (const welcome of contributes.viewsWelcome as { view: string }[]) assert.ok(expected.includes(welcome.view));
  });

  it('describes every setting in Markdown and gives it a scope and a default', () => {
    const properties = Object.entries<Record<string, unknown>>(contributes.configuration?.properties ?? {});
    for (const [key, setting] of properties) {
      assert.ok(key.startsWith('annalist.'), `${key} uses the annalist. prefix`);
      assert.equal(typeof setting.markdownDescription, 'string', `${key} has a markdownDescription`);
      assert.ok('default' in setting, `${key} has a default`);
      assert.ok('scope' in setting, `${key} has a scope`);
    }
  });

  it('points at files that exist and asks for VS Code 1.90 or later', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.ok(fs.existsSync(path.join(root, manifest.icon)), 'the icon exists');
    for (const container of contributes.viewsContainers.activitybar) assert.ok(fs.existsSync(path.join(root, container.icon)));
    const [major, minor] = String(manifest.engines.vscode).replace(/^\^/, '').split('.').map(Number);
    assert.ok(major > 1 || minor >= 90);
  });

  it('ships only the bundle, corpus, media and documents', () => {
    const lines = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**', '.vscodeignore starts by leaving everything out');
    for (const line of lines.slice(1)) assert.ok(line.startsWith('!'), `${line} re-includes a path`);
    assert.ok(!lines.some((l) => l.includes('node_modules') && l.startsWith('!')));
  });
});
