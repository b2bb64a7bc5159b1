import { RuleError } from '../errors';

/*
 * A problem with the file as a whole (not a spreadsheet, empty, password-protected, no recognisable
 * columns) is a RuleError of the `participants` area whose parameters name the file (and the sheet): the
 * words say what to do. Nothing is written after it.
 */

export type FileKind = 'xlsx' | 'csv';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** «EncryptedPackage» in UTF-16 LE: the stream an encrypted OOXML file keeps inside its CFB container. */
function containsEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = [...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Decides how to read a file from its first bytes, not its name: a renamed file or a password-protected
 * workbook gets an exact message instead of a parser's stack trace.
 */
export function sniffFile(bytes: Uint8Array, fileName: string): FileKind {
  if (bytes.length === 0) throw new RuleError('participants.fileZeroBytes', { file: fileName });
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, CFB)) {
    if (containsEncryptedPackage(bytes))
      throw new RuleError('participants.filePasswordProtected', { file: fileName });
    throw new RuleError('participants.fileOldExcel', { file: fileName });
  }
  const head = bytes.subarray(0, 8);
  const ascii = String.fromCharCode(...head);
  if (ascii.startsWith('%PDF') || ascii.startsWith('\x89PNG') || (head[0] === 0xff && head[1] === 0xd8))
    throw new RuleError('participants.fileNotTable', { file: fileName });
  return 'csv';
}
