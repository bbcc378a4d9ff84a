import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileRefused, readTextFile } from '../../src/cli/readTextFile';

const CLI = path.resolve(__dirname, '../../src/cli/main.js');

/**
 * Runs the CLI in a child process that is killed after 20 s, so a read that blocks (a FIFO) or
 * never ends (`/dev/zero`) fails the test instead of hanging it.
 */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string; killed: boolean } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000, maxBuffer: 1 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, killed: r.signal !== null };
}

const TOO_LARGE = (name: string, size: string) =>
  `${name} is not read: it holds ${size}, more than the 50 MB Annalist reads from one file; split it into smaller files`;
const NOT_A_FILE = (name: string, what: string) =>
  `${name} is not read: it is ${what}, not a regular file, and Annalist reads only regular files; name the file itself, or copy the text into one`;

describe('the CLI refuses files that are not regular or too large', () => {
  let dir: string;
  let fifo: string;
  let sparse: string;
  before(function () {
    if (process.platform === 'win32') this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annalist-limits-'));
    fifo = path.join(dir, 'essay.md');
    execFileSync('mkfifo', [fifo]);
    // 3 GB on paper, nothing on disk.
    sparse = path.join(dir, 'huge.annalist.yaml');
    fs.writeFileSync(sparse, '');
    fs.truncateSync(sparse, 3 * 1024 ** 3);
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('annalist check on a FIFO says why and exits 2 at once, without opening it', () => {
    const r = cli('check', fifo);
    assert.equal(r.killed, false, 'the CLI returned');
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim(), `annalist check: ${NOT_A_FILE(fifo, 'a named pipe (FIFO)')}`);
    assert.equal(r.stdout, '');
  });

  it('annalist check on /dev/zero says why and exits 2, reading nothing', () => {
    const r = cli('check', '/dev/zero');
    assert.equal(r.killed, false, 'the CLI returned');
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim(), `annalist check: ${NOT_A_FILE('/dev/zero', 'a character device')}`);
  });

  it('annalist check on a 3 GB sparse file says how large it is and the limit', () => {
    const r = cli('check', sparse);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim(), `annalist check: ${TOO_LARGE(sparse, '3 GB')}`);
  });

  it('annalist validate reports each refused file as an error at its first line and checks the others', () => {
    const good = path.join(dir, 'good.annalist.yaml');
    fs.writeFileSync(good, 'themes:\n  - id: mine\n    label: Mine\n    description: My theme.\n');
    const r = cli('validate', '--json', fifo, '/dev/zero', sparse, good);
    assert.equal(r.killed, false, 'the CLI returned');
    assert.equal(r.status, 1);
    const report = JSON.parse(r.stdout) as { files: string[]; themes: number; problems: { file: string; line: number; message: string }[] };
    assert.deepEqual(report.files, [good]);
    assert.deepEqual(
      report.problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
      [
        `${fifo}:1: ${NOT_A_FILE('', 'a named pipe (FIFO)').trimStart()}`,
        `/dev/zero:1: ${NOT_A_FILE('', 'a character device').trimStart()}`,
        `${sparse}:1: ${TOO_LARGE('', '3 GB').trimStart()}`,
      ],
    );
    assert.ok(report.themes > 0);
  });

  it('annalist validate on a folder holding a FIFO reads the folder\'s regular files only', () => {
    const folder = path.join(dir, 'corpus');
    fs.mkdirSync(folder);
    execFileSync('mkfifo', [path.join(folder, 'pipe.annalist.json')]);
    fs.writeFileSync(path.join(folder, 'mine.annalist.yaml'), 'themes:\n  - id: mine\n    label: Mine\n    description: My theme.\n');
    const r = cli('validate', '--json', folder);
    assert.equal(r.killed, false, 'the CLI returned');
    assert.equal(r.status, 0);
    assert.deepEqual((JSON.parse(r.stdout) as { files: string[] }).files, [path.join(folder, 'mine.annalist.yaml')]);
  });

  it('reads a file at the limit and refuses one a byte over it', () => {
    const file = path.join(dir, 'small.md');
    fs.writeFileSync(file, 'x'.repeat(100));
    assert.equal(readTextFile(file, 100), 'x'.repeat(100));
    assert.throws(
      () => readTextFile(file, 99),
      (e: unknown) => e instanceof FileRefused && e.refusal.kind === 'too-large' && e.refusal.bytes === 100,
    );
  });
});
