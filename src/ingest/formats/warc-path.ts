// Which inputs are WARC files: by name only (.warc, .warc.gz), so a directory walk picks them up.

const WARC_NAME = /\.warc(\.gz)?$/i;

/** Whether a path names a WARC file: .warc or .warc.gz. */
export function isWarcPath(name: string): boolean {
  return WARC_NAME.test(name);
}
