import * as assert from 'assert';
import * as vscode from 'vscode';

describe('Annalist in a real VS Code', () => {
  it('is installed as annalist.annalist and activates', async () => {
    const extension = vscode.extensions.getExtension('annalist.annalist');
    assert.ok(extension, 'extension annalist.annalist is not installed in the host');
    await extension.activate();
    assert.strictEqual(extension.isActive, true, 'extension did not become active');
  });
});
