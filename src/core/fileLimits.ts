/**
 * The largest file Annalist reads, essays and corpus files alike: 50 MiB. The largest real
 * corpus is a few megabytes and a 20 MB YAML corpus loads in a few seconds, so nothing a
 * person writes comes near it, while a file of gigabytes (or `/dev/zero`) would exhaust memory.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Why a file is not read: it is not a regular file, or it is larger than {@link MAX_FILE_BYTES}. */
export type FileRefusal = { kind: 'not-a-file'; what: string } | { kind: 'too-large'; bytes: number };

/**
 * The refusal in words, after the file's name: why it is not read, the limit, and what to do.
 * `what` names the kind of file found (a FIFO, a device, a folder), as the caller could tell.
 */
export function describeRefusal(refusal: FileRefusal): string {
  if (refusal.kind === 'not-a-file') {
    return `is not read: it is ${refusal.what}, not a regular file, and Annalist reads only regular files; name the file itself, or copy the text into one`;
  }
  return (
    `is not read: it holds ${formatBytes(refusal.bytes)}, more than the ${formatBytes(MAX_FILE_BYTES)} Annalist reads from one file; ` +
    'split it into smaller files'
  );
}

/** A size in bytes as people read it: 3.0 GB, 64 MB, 512 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB', 'PB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 || Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
