import type { Borders, Cell, Workbook, Worksheet } from 'exceljs';
import { rangeAddress } from '../../core/a1';
import { quoteSheet } from '../../core/messages';
import type { CellStyle, PlanOp } from '../../layout/plan';

const THIN: Partial<Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

function styleCell(cell: Cell, s: CellStyle): void {
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.bold || s.italic || s.fontColor || s.fontSize)
    cell.font = {
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.fontColor ? { color: { argb: `FF${s.fontColor}` } } : {}),
      ...(s.fontSize ? { size: s.fontSize } : {}),
    };
  if (s.numberFormat) cell.numFmt = s.numberFormat;
  if (s.border) cell.border = THIN;
  if (s.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
}

/** In the file format, functions newer than Excel 2007 carry the _xlfn. prefix (Excel and LibreOffice need it). */
export function fileFormula(formula: string): string {
  return formula.replace(/(?<![\w.])(QUARTILE\.INC|PERCENTILE\.INC|AGGREGATE)\(/g, '_xlfn.$1(');
}

function sheetOf(workbook: Workbook, name: string): Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet named ${name}`);
  return ws;
}

/** Applies a plan to an ExcelJS workbook. Strings are always written as text, never as formulas. */
export function applyPlan(workbook: Workbook, ops: readonly PlanOp[]): void {
  for (const op of ops) {
    switch (op.kind) {
      case 'addSheet':
        workbook.addWorksheet(op.sheet);
        break;
      case 'cells': {
        const ws = sheetOf(workbook, op.sheet);
        op.cells.forEach((line, i) => {
          const row = ws.getRow(op.row + i);
          line.forEach((cell, j) => {
            if (cell === null) return;
            const target = row.getCell(op.col + j);
            if ('formula' in cell) target.value = { formula: fileFormula(cell.formula), result: cell.result ?? undefined } as never;
            else target.value = cell.value;
          });
        });
        break;
      }
      case 'fill': {
        const ws = sheetOf(workbook, op.sheet);
        const { r1, c1, r2 } = op.range;
        if (op.formula === null) {
          for (let r = r1; r <= r2; r++) ws.getRow(r).getCell(c1).value = null;
        } else {
          // Clear first: a cell of an earlier shared formula must not keep pointing at a replaced master.
          for (let r = r1; r <= r2; r++) ws.getRow(r).getCell(c1).value = null;
          const results = op.results.map((x) => (x === null ? undefined : x));
          const formula = fileFormula(op.formula);
          if (r1 === r2) ws.getRow(r1).getCell(c1).value = { formula, result: results[0] } as never;
          else ws.fillFormula(rangeAddress(op.range), formula, results as never);
        }
        break;
      }
      case 'style': {
        const ws = sheetOf(workbook, op.sheet);
        for (let r = op.range.r1; r <= op.range.r2; r++) {
          const row = ws.getRow(r);
          for (let c = op.range.c1; c <= op.range.c2; c++) styleCell(row.getCell(c), op.style);
        }
        break;
      }
      case 'name':
        workbook.definedNames.add(`${quoteSheet(op.sheet)}!${rangeAddress(op.range, true)}`, op.name);
        break;
      case 'columnWidths': {
        const ws = sheetOf(workbook, op.sheet);
        op.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
        break;
      }
      case 'listValidation': {
        const ws = sheetOf(workbook, op.sheet);
        for (let r = op.range.r1; r <= op.range.r2; r++)
          for (let c = op.range.c1; c <= op.range.c2; c++)
            ws.getRow(r).getCell(c).dataValidation = { type: 'list', allowBlank: true, formulae: [op.source] };
        break;
      }
      case 'highlight': {
        const ws = sheetOf(workbook, op.sheet);
        // One rule per formula: scoring again replaces it instead of stacking copies.
        (ws as unknown as { removeConditionalFormatting(keep: (cf: { rules: { formulae?: string[] }[] }) => boolean): void }).removeConditionalFormatting(
          (cf) => !cf.rules.some((r) => r.formulae?.[0] === op.formula),
        );
        ws.addConditionalFormatting({
          ref: rangeAddress(op.range),
          rules: [{ type: 'expression', priority: 1, formulae: [op.formula], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${op.fill}` } } } }],
        });
        break;
      }
      case 'autoFilter':
        sheetOf(workbook, op.sheet).autoFilter = rangeAddress(op.range);
        break;
      case 'clear': {
        const ws = sheetOf(workbook, op.sheet);
        for (let r = op.range.r1; r <= op.range.r2; r++) for (let c = op.range.c1; c <= op.range.c2; c++) ws.getRow(r).getCell(c).value = null;
        break;
      }
      default: {
        const unknown: never = op;
        throw new Error(`unknown plan op ${JSON.stringify(unknown)}`);
      }
    }
  }
}
