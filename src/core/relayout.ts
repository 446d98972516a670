import { placedColumns } from './columns';
import { actualInputs, planInputLayout, relaidInputs, type InputLayout, type LayoutWords } from './inputLayout';
import { fill, labels } from './labels';
import { EMPLOYEE_FIELDS } from './names';
import type { AssessmentSnapshot } from './snapshot';
import type { CellValue, Indicator, Lang } from './types';

const filled = (v: CellValue | undefined) => v !== null && v !== undefined && v !== '';

export function layoutWords(lang: Lang): LayoutWords {
  const l = labels(lang);
  return {
    ownHeader: (name) => fill(l.ownHeader, { name }),
    keptHeader: (header) => fill(l.keptHeader, { header }),
  };
}

/** The input layout a sheet should have for its Indicators table as read. */
export function inputLayoutOf(snapshot: AssessmentSnapshot, indicators: readonly Indicator[], lang: Lang): InputLayout {
  const fields = EMPLOYEE_FIELDS.length;
  const now = snapshot.inputHeaders.map((header, at) => ({
    at,
    header,
    tag: snapshot.inputTags[at] ?? null,
    hasValues: snapshot.rows.some((r) => filled(r.cells[fields + at])),
  }));
  return planInputLayout(
    indicators.map((i) => ({
      name: i.name,
      key: i.key,
      quantitative: i.dimension === 'quantitative',
      ownTargets: i.ownTargets,
    })),
    now,
    layoutWords(lang),
  );
}

/** Where each indicator's own target sits in a row's cells (employee fields first); -1 for none. */
export function ownTargetOffsets(layout: InputLayout, indicatorCount: number): number[] {
  const out = new Array<number>(indicatorCount).fill(-1);
  layout.inputs.forEach((p, at) => {
    if (p.tag.kind === 'own') out[p.indicator] = EMPLOYEE_FIELDS.length + at;
  });
  return out;
}

/**
 * The sheet as it will be once its inputs are laid out again: each row's inputs in the new order, the
 * header wider or narrower, and the computed block's cells carried to their new columns by indicator
 * key (the panel's calibrated grades above all), new columns empty.
 */
export function relaidSnapshot(snapshot: AssessmentSnapshot, layout: InputLayout): AssessmentSnapshot {
  // Nothing moves (new headers, new tags): the rows stay as read.
  if (!layout.moves)
    return {
      ...snapshot,
      inputHeaders: layout.inputs.map((p) => p.header),
      inputTags: layout.inputs.map((p) => p.tag),
    };
  const fields = EMPLOYEE_FIELDS.length;
  const first = snapshot.scoresHeader.c1 + fields;
  const header = { ...snapshot.scoresHeader, c2: first + layout.inputs.length - 1 };
  // The keys of the indicators the computed block follows now, in its order.
  const oldActuals = actualInputs(snapshot.inputTags);
  const keyOfOld = oldActuals.map((at) => {
    const planned = layout.inputs.find((p) => p.from === at && p.indicator >= 0);
    return planned ? layout.keys[planned.indicator] : null;
  });
  const oldPlaced = placedColumns(0, snapshot.computedFor);
  const newPlaced = placedColumns(0, layout.keys.length);
  const source = newPlaced.map(({ def, indicator }) =>
    oldPlaced.findIndex(
      (o) => o.def.key === def.key && (!def.perIndicator || keyOfOld[o.indicator] === layout.keys[indicator]),
    ),
  );
  return {
    ...snapshot,
    scoresHeader: header,
    rows: snapshot.rows.map((r) => ({
      row: r.row,
      cells: [...r.cells.slice(0, fields), ...relaidInputs(layout.inputs, r.cells.slice(fields), null)],
    })),
    computed: snapshot.computed.map((line) => source.map((j) => (j < 0 ? null : (line[j] ?? null)))),
    // The row above keeps what it holds column by column; the wider part is empty (checked before writing).
    groupRow: [
      ...snapshot.groupRow,
      ...new Array<CellValue>(Math.max(0, layout.inputs.length + newPlaced.length - snapshot.groupRow.length)).fill(
        null,
      ),
    ],
    inputHeaders: layout.inputs.map((p) => p.header),
    inputTags: layout.inputs.map((p) => p.tag),
    computedFor: layout.keys.length,
  };
}
