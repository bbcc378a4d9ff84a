import * as fs from 'node:fs';
import { describeRefusal, MAX_FILE_BYTES, type FileRefusal } from '../core/fileLimits';

/** A file Annalist does not read, with the reason in words after its name. */
export class FileRefused extends Error {
  /** The reason alone, for a problem listed under the file's name. */
  readonly reason: string;

  constructor(
    readonly file: string,
    readonly refusal: FileRefusal,
  ) {
    super(`${file} ${describeRefusal(refusal)}`);
    this.reason = describeRefusal(refusal);
  }
}

/**
 * Reads a text file as UTF-8, refusing before any open or read what could hang or exhaust
 * memory: anything but a regular file (a FIFO would block forever, `/dev/zero` never ends) and
 * files over `limit` bytes. The file is opened without blocking and checked again through its
 * descriptor, and at most `limit` bytes are read, so a file swapped or grown after the first
 * check is refused too. Throws {@link FileRefused}, or the file system's own error (ENOENT).
 */
export function readTextFile(file: string, limit = MAX_FILE_BYTES): string {
  check(file, fs.statSync(file), limit);
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    check(file, stat, limit);
    let buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) throw new FileRefused(file, { kind: 'too-large', bytes: length });
        const larger = Buffer.alloc(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    fs.closeSync(fd);
  }
}

function check(file: string, stat: fs.Stats, limit: number): void {
  if (!stat.isFile()) throw new FileRefused(file, { kind: 'not-a-file', what: kindOf(stat) });
  if (stat.size > limit) throw new FileRefused(file, { kind: 'too-large', bytes: stat.size });
}

/** What a file that is not a regular file is, in words. */
function kindOf(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a folder';
  return 'a special file';
}
