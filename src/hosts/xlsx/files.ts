import fs from 'node:fs';
import path from 'node:path';
import { XlsxPackage } from './package';
import { ZipError } from './zip';

/** Why a workbook file cannot be read or written: the command line says it in the user's language. */
export type FileProblem =
  | 'missing'
  | 'directory'
  | 'unreadable'
  | 'xls'
  | 'encrypted'
  | 'text'
  | 'damaged'
  | 'not-workbook'
  | 'out-folder-missing'
  | 'out-directory'
  | 'out-unwritable'
  | 'out-locked';

export class WorkbookFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly file: string,
    readonly detail = '',
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ''}`);
  }
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** An OLE2 compound file is either a legacy .xls or an encrypted .xlsx (whose streams name EncryptionInfo). */
function isEncrypted(bytes: Uint8Array): boolean {
  const marker = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(marker);
}

/** Reads and checks a workbook file; every way it can fail is a WorkbookFileError, never a library's message. */
export function readPackageFile(file: string): XlsxPackage {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new WorkbookFileError('missing', file);
  }
  if (stat.isDirectory()) throw new WorkbookFileError('directory', file);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new WorkbookFileError('unreadable', file, (e as NodeJS.ErrnoException).code ?? '');
  }
  if (startsWith(bytes, OLE2)) throw new WorkbookFileError(isEncrypted(bytes) ? 'encrypted' : 'xls', file);
  if (!startsWith(bytes, [0x50, 0x4b])) {
    const head = bytes.subarray(0, 4096);
    throw new WorkbookFileError(bytes.length > 0 && !head.includes(0) ? 'text' : 'not-workbook', file);
  }
  let pkg: XlsxPackage;
  try {
    pkg = XlsxPackage.read(bytes);
  } catch (e) {
    if (e instanceof ZipError) throw new WorkbookFileError(e.kind, file);
    // A readable zip that holds no workbook (a .docx, say).
    throw new WorkbookFileError('not-workbook', file);
  }
  if (
    !/\.xml$/.test(pkg.workbookPath) ||
    !pkg.has(pkg.workbookPath) ||
    !pkg.part(pkg.workbookPath).includes('<workbook')
  )
    throw new WorkbookFileError('not-workbook', file);
  return pkg;
}

/**
 * Writes a file so that no failure leaves half a file: a temporary file in the target folder, renamed
 * into place. A workbook open in Excel (its "~$" owner file beside it) is not replaced under it.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new WorkbookFileError('out-folder-missing', file);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new WorkbookFileError('out-directory', file);
  if (fs.existsSync(path.join(dir, `~$${path.basename(target)}`))) throw new WorkbookFileError('out-locked', file);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: 'wx' });
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new WorkbookFileError(code === 'EBUSY' || code === 'ETXTBSY' ? 'out-locked' : 'out-unwritable', file, code);
  }
}
