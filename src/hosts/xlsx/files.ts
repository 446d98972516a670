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
  | 'too-large'
  | 'out-not-workbook'
  | 'out-busy'
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
    pkg.origin = file;
  } catch (e) {
    if (e instanceof ZipError) throw new WorkbookFileError(e.kind, file);
    if (e instanceof RangeError) throw new WorkbookFileError('too-large', file);
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

/** The file a path names: a symbolic link's target (written through, so the real workbook changes). */
export function realTarget(file: string): string {
  const target = path.resolve(file);
  try {
    return fs.realpathSync(target);
  } catch {
    try {
      // A link whose target does not exist yet: write where it points.
      return path.resolve(path.dirname(target), fs.readlinkSync(target));
    } catch {
      return target;
    }
  }
}

/** Temporary files of our own writes: `.NAME.PID.TIME.tmp`. */
function temporaries(dir: string, base: string): { file: string; pid: number }[] {
  const prefix = `.${base}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) return [];
    const m = /^(\d+)\.[0-9a-z]+\.tmp$/.exec(name.slice(prefix.length));
    return m ? [{ file: path.join(dir, name), pid: Number(m[1]) }] : [];
  });
}

const STALE_TEMPORARY_MS = 60 * 60_000;

/**
 * Removes what an interrupted write of ours left beside the workbook (a run killed mid-write leaves its
 * temporary file): those of a process that has ended, or older than an hour. Never another program's file.
 */
export function removeStaleTemporaries(file: string): void {
  const target = path.resolve(file);
  for (const { file: tmp, pid } of temporaries(path.dirname(target), path.basename(target))) {
    let running = pid === process.pid;
    if (!running)
      try {
        process.kill(pid, 0);
        running = true;
      } catch (e) {
        running = (e as NodeJS.ErrnoException).code === 'EPERM';
      }
    try {
      if (!running || Date.now() - fs.statSync(tmp).mtimeMs > STALE_TEMPORARY_MS) fs.rmSync(tmp, { force: true });
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
}

/** An existing file that is a workbook (an .xlsx package): the only kind of file a write may replace. */
function isWorkbookFile(file: string): boolean {
  try {
    const bytes = fs.readFileSync(file);
    return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && bytes.includes('xl/workbook');
  } catch {
    return false;
  }
}

/** Owner files of a workbook open in another program: Excel's `~$NAME`, LibreOffice's `.~lock.NAME#`. */
function openElsewhere(target: string): boolean {
  const dir = path.dirname(target);
  const base = path.basename(target);
  return [`~$${base}`, `.~lock.${base}#`].some((name) => fs.existsSync(path.join(dir, name)));
}

/**
 * Writes a workbook so that no failure leaves half a file: a temporary file in the target folder, renamed
 * into place. The file keeps what makes it the same file: written through a symbolic link to its target,
 * with its permissions and (where allowed) its owner. Refused, nothing written: a read-only file, an
 * existing file that is not a workbook (a CSV, a text), a workbook open in Excel or LibreOffice.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const target = realTarget(file);
  const dir = path.dirname(target);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new WorkbookFileError('out-folder-missing', file);
  const existing = fs.existsSync(target) ? fs.statSync(target) : null;
  if (existing?.isDirectory()) throw new WorkbookFileError('out-directory', file);
  if (existing && !isWorkbookFile(target)) throw new WorkbookFileError('out-not-workbook', file);
  if (existing) {
    let writable = (existing.mode & 0o222) !== 0;
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch {
      writable = false;
    }
    if (!writable) throw new WorkbookFileError('out-unwritable', file, 'read-only');
  }
  if (openElsewhere(target)) throw new WorkbookFileError('out-locked', file);
  removeStaleTemporaries(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: 'wx', mode: existing ? existing.mode & 0o7777 : 0o666 });
    if (existing) {
      fs.chmodSync(tmp, existing.mode & 0o7777);
      try {
        fs.chownSync(tmp, existing.uid, existing.gid);
      } catch {
        // Only root may give a file to another owner; the file is then ours, with its permissions kept.
      }
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new WorkbookFileError(code === 'EBUSY' || code === 'ETXTBSY' ? 'out-locked' : 'out-unwritable', file, code);
  }
}
