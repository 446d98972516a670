import type { GridReader, NamedRange } from '../core/snapshot';
import type { Lang, RangeRef } from '../core/types';
import type { PlanOp } from '../layout/plan';

/**
 * One user command, pure: what it reads, what it writes and what it tells the user, with no host in it.
 * Each host has one driver (hosts/officejs/driver.ts, cli/driver.ts) that reads a snapshot of the
 * workbook for `plan` and applies its ops with everything a host must get right once (filters,
 * protection, locks, atomic saves, exit codes). A new command is a module here and a line in each host's
 * command table.
 */
export interface Operation<Request, Outcome> {
  /** 'this-workbook': the ops change the workbook read; 'new-workbook': they build another (the next cycle). */
  target: 'this-workbook' | 'new-workbook';
  /**
   * What the command reaches, from the names alone, before any cell is read; or its outcome already
   * (not on an assessment sheet...), in which case nothing is read.
   */
  reach(view: WorkbookView, request: Request): Reach | { early: Outcome };
  /**
   * The writes and the outcome. A host may call it several times on a reader that is still learning
   * which cells it needs (the add-in reads in rounds: hosts/officejs/reads.ts), so it has no effect and
   * reads everything it may need whatever the cells hold.
   */
  plan(view: WorkbookView, reader: GridReader, request: Request): Planned<Outcome>;
  /**
   * What the outcome says to the user, in their language (words from a catalogue, core/catalogue.ts):
   * a command that needs no printout of its own is then a line in each host's command table.
   */
  describe?(outcome: Outcome, lang: Lang): string[];
}

/** What a host knows of the workbook before reading a cell. */
export interface WorkbookView {
  /** The tool's defined names (core/names.ts). */
  names: readonly NamedRange[];
  /** Every defined name as spelt, even one that no longer refers to a range (a name a new one must not take). */
  allNames?: readonly string[];
  /** Every worksheet's name. */
  sheetNames: readonly string[];
  /** The sheet the user is on (the add-in); undefined in the command line. */
  activeSheet?: string;
  /** The language the user reads messages in, when known; else the workbook's (its Rules sheet). */
  messageLang?: Lang;
  /** The host's clock: dates written and status lines. */
  now: Date;
}

export interface Reach {
  /** The names the command reads through (fewer names: fewer sheets downloaded by the add-in). */
  names: readonly NamedRange[];
  /** Sheets it may write: their protection is checked before anything is read or written. */
  writes: string[];
  /**
   * Where the tool's own conditional-format rules are on a written sheet (lower-case sheet name -> a
   * range they apply to), so that writing them again replaces them instead of stacking copies.
   */
  rulesAt: ReadonlyMap<string, RangeRef>;
}

export interface Planned<Outcome> {
  ops: PlanOp[];
  outcome: Outcome;
  /**
   * The command found errors (exit 1 on the command line, which then writes nothing: a file is saved
   * whole or not at all). The add-in still applies `ops`, which then hold only what is safe to write
   * (a blocked sheet's status line).
   */
  hasErrors: boolean;
  /**
   * A row appended to a log (the calibration log): it goes where the log ends as read, and the host
   * moves it down when a co-author's row landed there between the read and the write.
   */
  append?: { sheet: string; range: RangeRef };
  /** The sheet to show the user when done (a new template). */
  activate?: string;
}

/** The sheets the names refer to, each once (Excel compares sheet names case-insensitively). */
export function sheetsOf(names: readonly NamedRange[]): string[] {
  return uniqueSheets(names.map((n) => n.sheet));
}

export function uniqueSheets(sheets: readonly string[]): string[] {
  return [...new Map(sheets.map((s) => [s.toLowerCase(), s])).values()];
}

/** The sheet of that name as the workbook spells it; undefined when there is none. */
export function sheetNamed(sheets: readonly string[], wanted: string | undefined): string | undefined {
  if (wanted === undefined) return undefined;
  return sheets.find((s) => s === wanted) ?? sheets.find((s) => s.toLowerCase() === wanted.toLowerCase());
}
