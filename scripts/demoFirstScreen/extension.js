// Installed by scripts/demo.mjs into the demo's own code-server, never shipped: arranges the
// first screen a new user sees. The demo's URL opens the sample essay; this shows the Annalist
// view in the side bar and the Get Started walkthrough beside the essay.
const vscode = require('vscode');

exports.activate = async function activate() {
  await vscode.commands.executeCommand('workbench.view.extension.annalist');
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'annalist.annalist#annalist.start', true);
  const essay = vscode.workspace.workspaceFolders?.[0] && vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'essay.md');
  if (essay) await vscode.window.showTextDocument(essay, { viewColumn: vscode.ViewColumn.One, preview: false });
};

exports.deactivate = function deactivate() {};
