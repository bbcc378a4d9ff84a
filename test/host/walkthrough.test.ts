import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../../src/ids';
import { waitFor } from './helpers';

interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}

/** The walkthrough the manifest declares, as the running extension host read it. */
function walkthrough(): { id: string; title: string; steps: WalkthroughStep[] } {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const [first] = (extension.packageJSON as { contributes: { walkthroughs: { id: string; title: string; steps: WalkthroughStep[] }[] } }).contributes.walkthroughs;
  return first;
}

describe('the Get Started walkthrough', () => {
  it('links only commands that exist, views that exist and media files that exist', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const commands = new Set(await vscode.commands.getCommands(false));
    const { steps } = walkthrough();
    assert.ok(steps.length >= 4, 'browse, cite, quote, style');
    for (const step of steps) {
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)\)/g)) {
        assert.ok(commands.has(command), `step ${step.id} links the command ${command}`);
      }
      for (const event of step.completionEvents ?? []) {
        const [kind, id] = event.split(':');
        if (kind === 'onCommand') assert.ok(commands.has(id), `step ${step.id} completes on ${id}`);
        if (kind === 'onView') await vscode.commands.executeCommand(`${id}.focus`);
      }
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media, `step ${step.id} has media`);
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, media));
      assert.ok(stat.size > 0, `${media} is not empty`);
    }
  });

  it('opens from the Welcome page command in an editor of its own', async () => {
    const { id, title } = walkthrough();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${id}`, false);
    const tab = await waitFor(() => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab;
      return active && /Welcome|Walkthrough|Get Started|Annalist/.test(active.label) ? active : undefined;
    }, `the walkthrough "${title}" to open`);
    await vscode.window.tabGroups.close(tab);
  });
});
