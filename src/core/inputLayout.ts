import { matchKey } from './labels';
import type { CellValue } from './types';

/**
 * The input columns of a Scores table and who each belongs to. Every input column carries a stored
 * identity, a defined name on its header cell (PR_S1_In_K2: the actual of indicator K2; PR_S1_Own_K2:
 * that indicator's own target per employee; PR_S1_Kept_K5 / PR_S1_KeptOwn_K5: the values of an indicator
 * no longer in the Indicators table, kept). Indicators carry their key (K1, K2...) in the Indicators
 * table's Key column, which moves with the row when HR sorts, cuts or inserts rows. So when HR adds,
 * removes, renames or reorders indicators, the next Score finds every column's owner and lays the inputs
 * out again: actuals in the indicators' order, then the own targets, then the kept columns, nothing
 * typed lost.
 */
export type InputKind = 'actual' | 'own' | 'kept' | 'keptOwn';
export interface InputTag {
  kind: InputKind;
  key: string;
}

const TAG_WORD: Record<InputKind, string> = { actual: 'In', own: 'Own', kept: 'Kept', keptOwn: 'KeptOwn' };

export function inputName(id: string, tag: InputTag): string {
  return `PR_${id}_${TAG_WORD[tag.kind]}_${tag.key}`;
}

const KEY = /^K(\d+)$/i;

export function parseInputName(id: string, name: string): InputTag | null {
  const m = new RegExp(`^PR_${id}_(In|Own|KeptOwn|Kept)_(K\\d+)$`, 'i').exec(name);
  if (!m) return null;
  const word = m[1].toLowerCase();
  const kind = (Object.keys(TAG_WORD) as InputKind[]).find((k) => TAG_WORD[k].toLowerCase() === word)!;
  return { kind, key: m[2].toUpperCase() };
}

/**
 * Where the actual inputs are among a sheet's input columns (those the computed block follows): the
 * columns tagged so, or, on a sheet from before tags, all of them.
 */
export function actualInputs(tags: readonly (InputTag | null)[]): number[] {
  const tagged = tags.some((t) => t !== null);
  return tags.flatMap((t, at) => (!tagged || t?.kind === 'actual' ? [at] : []));
}

/** A key as typed in the Key column ("k3 " reads as K3); null when it is not one. */
export function readKey(v: CellValue): string | null {
  const m = KEY.exec(String(v ?? '').trim());
  return m ? `K${Number(m[1])}` : null;
}

/** One input column of the sheet as it is now. */
export interface InputColumnNow {
  /** 0-based among the inputs. */
  at: number;
  header: string;
  tag: InputTag | null;
  /** Some employee row holds a value in it. */
  hasValues: boolean;
}

/** What the layout needs of an indicator. */
export interface LayoutIndicator {
  name: string;
  /** As read from its Key cell; null when empty or not a key. */
  key: string | null;
  quantitative: boolean;
  /** HR asked for a target per employee (the Indicators table's "Own targets" column). */
  ownTargets: boolean;
}

/** One input column of the new layout, left to right. */
export interface PlannedInput {
  tag: InputTag;
  /** Index of the indicator it belongs to; -1 for a kept column. */
  indicator: number;
  /** Where its values are now (0-based among the inputs); null for a new, empty column. */
  from: number | null;
  header: string;
}

export type LayoutChange =
  | { kind: 'moved'; name: string; from: number; to: number }
  | { kind: 'added'; name: string; to: number; own: boolean }
  | { kind: 'renamed'; before: string; name: string; to: number }
  | { kind: 'kept'; name: string; from: number; to: number }
  | { kind: 'dropped'; name: string; from: number };

export interface InputLayout {
  /** Per indicator, its key; `keyWritten` says which Key cells the Score writes (new or repaired). */
  keys: string[];
  keyWritten: boolean[];
  inputs: PlannedInput[];
  /** The sheet's input columns must be written again (moved, added, dropped, renamed or newly tagged). */
  changed: boolean;
  /** Some input moves to another column (or columns come or go): the computed block moves with them. */
  moves: boolean;
  /** What a person reviews before it is applied (empty for a sheet that only gains its stored tags). */
  changes: LayoutChange[];
}

export interface LayoutWords {
  /** "{name} target" / "{name}目标": the header of an own-target column. */
  ownHeader: (name: string) => string;
  /** "Removed: {header}": the header of a kept column. */
  keptHeader: (header: string) => string;
}

/**
 * The new input layout from the Indicators table and the input columns as they are. Each indicator's
 * column is found by its stored tag, else by its name, else (on a sheet from before tags, with as many
 * inputs as indicators) by position. Columns nobody claims keep their values in a kept column; an empty
 * one is dropped.
 */
export function planInputLayout(
  indicators: readonly LayoutIndicator[],
  now: readonly InputColumnNow[],
  words: LayoutWords,
): InputLayout {
  let max = 0;
  const note = (key: string | null) => {
    const m = key ? KEY.exec(key) : null;
    if (m) max = Math.max(max, Number(m[1]));
  };
  indicators.forEach((i) => note(i.key));
  now.forEach((c) => note(c.tag?.key ?? null));
  const seen = new Set<string>();
  const keys: string[] = [];
  const keyWritten: boolean[] = [];
  for (const ind of indicators) {
    const own = ind.key && !seen.has(ind.key) ? ind.key : null;
    const key = own ?? `K${++max}`;
    seen.add(key);
    keys.push(key);
    keyWritten.push(own === null);
  }

  const claimed = new Set<number>();
  const tagged = (kinds: InputKind[], key: string) =>
    now.find((c) => !claimed.has(c.at) && c.tag !== null && c.tag.key === key && kinds.includes(c.tag.kind));
  // A column may be claimed by name when no indicator claims it by its tag.
  const free = (c: InputColumnNow) => !claimed.has(c.at) && (c.tag === null || !keys.includes(c.tag.key));
  const byName = (header: string) => now.find((c) => free(c) && matchKey(c.header) === matchKey(header));
  const legacy = now.every((c) => c.tag === null) && now.length === indicators.length;

  const claim = (c: InputColumnNow | undefined) => {
    if (c) claimed.add(c.at);
    return c;
  };
  const actuals = indicators.map((ind, i) => {
    const column =
      claim(tagged(['actual', 'kept'], keys[i])) ??
      claim(byName(ind.name)) ??
      (legacy && !claimed.has(i) ? claim(now[i]) : undefined);
    return column;
  });
  const owns = indicators.map((ind, i) => {
    if (!ind.quantitative) return undefined;
    const column = claim(tagged(['own', 'keptOwn'], keys[i])) ?? claim(byName(words.ownHeader(ind.name)));
    // An own-target column HR no longer asks for stays while it holds values (moved among the kept ones).
    if (column && !ind.ownTargets && column.hasValues) {
      claimed.delete(column.at);
      return undefined;
    }
    return column ?? null;
  });

  const inputs: PlannedInput[] = [];
  const changes: LayoutChange[] = [];
  indicators.forEach((ind, i) => {
    const c = actuals[i];
    inputs.push({ tag: { kind: 'actual', key: keys[i] }, indicator: i, from: c?.at ?? null, header: ind.name });
  });
  indicators.forEach((ind, i) => {
    const c = owns[i];
    if (c === undefined || (!ind.ownTargets && !(c?.hasValues ?? false))) return;
    inputs.push({
      tag: { kind: 'own', key: keys[i] },
      indicator: i,
      from: c?.at ?? null,
      header: words.ownHeader(ind.name),
    });
  });
  const dropped: InputColumnNow[] = [];
  for (const c of now) {
    if (claimed.has(c.at) && inputs.some((p) => p.from === c.at)) continue;
    if (!c.hasValues) {
      dropped.push(c);
      continue;
    }
    const own = c.tag?.kind === 'own' || c.tag?.kind === 'keptOwn';
    const key = c.tag?.key ?? `K${++max}`;
    const kept = c.tag?.kind === 'kept' || c.tag?.kind === 'keptOwn';
    inputs.push({
      tag: { kind: own ? 'keptOwn' : 'kept', key },
      indicator: -1,
      from: c.at,
      header: kept ? c.header : words.keptHeader(c.header),
    });
  }

  inputs.forEach((p, to) => {
    if (p.from === null) {
      changes.push({ kind: 'added', name: p.header, to, own: p.tag.kind === 'own' });
      return;
    }
    const before = now[p.from];
    if (p.indicator === -1) {
      if (before.tag?.kind !== p.tag.kind || p.from !== to)
        changes.push({ kind: 'kept', name: before.header, from: p.from, to });
      return;
    }
    if (matchKey(before.header) !== matchKey(p.header))
      changes.push({ kind: 'renamed', before: before.header, name: p.header, to });
    if (p.from !== to) changes.push({ kind: 'moved', name: p.header, from: p.from, to });
  });
  for (const c of dropped) changes.push({ kind: 'dropped', name: c.header, from: c.at });

  const sameTags = inputs.every((p, to) => {
    const c = now[to];
    return p.from === to && c.tag !== null && c.tag.kind === p.tag.kind && c.tag.key === p.tag.key;
  });
  const changed =
    inputs.length !== now.length || !sameTags || inputs.some((p) => p.from !== null && now[p.from].header !== p.header);
  const moves = inputs.length !== now.length || inputs.some((p, to) => p.from !== to);
  return { keys, keyWritten, inputs, changed, moves, changes };
}

/** The input cells of one row in the new layout (null for a new column), from the row as it is now. */
export function relaidInputs<T>(inputs: readonly PlannedInput[], row: readonly T[], empty: T): T[] {
  return inputs.map((p) => (p.from === null ? empty : (row[p.from] ?? empty)));
}
