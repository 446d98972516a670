import { cellAddress, columnLetter, rangeAddress } from '../../core/a1';
import { quoteSheet } from '../../core/messages';
import { PAPER_DEFAULT, PAPERS, type PlanOp } from '../../layout/plan';
import { writeCharts } from './charts';
import { fileFormula } from './formula';
import type { XlsxPackage } from './package';
import type { SheetDoc } from './sheet';
import { escapeXml, setAttribute } from './xml';

/** Excel's hidden name for a sheet's filter range; Excel and LibreOffice expect it. */
const FILTER_DATABASE = '_xlnm._FilterDatabase';

/** Frozen panes in the sheet's first view: the rows above and columns left of the top-left scrolling cell. */
function freeze(sheet: SheetDoc, rows: number, cols: number): void {
  const pane =
    rows > 0 || cols > 0
      ? `<pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${cellAddress(rows + 1, cols + 1)}" activePane="${rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight'}" state="frozen"/>`
      : '';
  const views = sheet.element('sheetViews') ?? '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const next = views.replace(
    /<sheetView\b([^>]*?)(\/>|>([\s\S]*?)<\/sheetView>)/,
    (_, attrs: string, _end: string, inner: string | undefined) => {
      // The pane comes first in a sheetView; selections of the old panes go, Excel makes new ones.
      const rest = (inner ?? '').replace(/<pane\b[^>]*\/>/g, '').replace(/<selection\b[^>]*\/>/g, '');
      return `<sheetView${attrs}>${pane}${rest}</sheetView>`;
    },
  );
  sheet.setElement('sheetViews', next);
}

function writeColumnWidths(sheet: SheetDoc, widths: number[]): void {
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  sheet.setElement('cols', `<cols>${cols}</cols>`);
}

/** A rule's priority after every rule the sheet has (priorities are unique across a sheet; HR's keep theirs). */
function nextPriority(sheet: SheetDoc): number {
  const taken = sheet
    .elements('conditionalFormatting')
    .flatMap((xml) => [...xml.matchAll(/<cfRule\b[^>]*\bpriority="(\d+)"/g)].map((m) => Number(m[1])));
  return Math.max(0, ...taken) + 1;
}

/**
 * Columns c1..c2 at outline level 1, hidden, the column after them holding the collapsed group's button
 * (Excel's summary column is on the right by default); each column gets its own <col> where it had none.
 */
function groupColumns(sheet: SheetDoc, c1: number, c2: number): void {
  const cols = new Map<number, string>();
  for (const col of (sheet.element('cols') ?? '').match(/<col\b[^>]*\/>/g) ?? []) {
    const min = Number(/\bmin="(\d+)"/.exec(col)?.[1]);
    const max = Number(/\bmax="(\d+)"/.exec(col)?.[1]);
    // A range of columns is split into one <col> each, so every column can carry its own outline.
    for (let c = min; c <= max; c++) cols.set(c, setAttribute(setAttribute(col, 'min', String(c)), 'max', String(c)));
  }
  const at = (c: number) => cols.get(c) ?? `<col min="${c}" max="${c}" width="9.140625"/>`;
  for (let c = c1; c <= c2; c++) cols.set(c, setAttribute(setAttribute(at(c), 'outlineLevel', '1'), 'hidden', '1'));
  cols.set(c2 + 1, setAttribute(at(c2 + 1), 'collapsed', '1'));
  const ordered = [...cols.entries()].sort(([a], [b]) => a - b).map(([, xml]) => xml);
  sheet.setElement('cols', `<cols>${ordered.join('')}</cols>`);
  const format = sheet.element('sheetFormatPr') ?? '<sheetFormatPr defaultRowHeight="15"/>';
  // CT_SheetFormatPr has no children: its one tag carries the outline's depth.
  sheet.setElement('sheetFormatPr', setAttribute(format, 'outlineLevelCol', '1'));
}

/**
 * Applies a plan to a package. Strings are always written as text, never as formulas; a cell the plan
 * does not name keeps its XML exactly.
 */
export function applyPlan(pkg: XlsxPackage, ops: readonly PlanOp[]): void {
  let formulasChanged = false;
  for (const op of ops) {
    switch (op.kind) {
      case 'addSheet':
        pkg.addSheet(op.sheet);
        break;
      case 'cells': {
        const sheet = pkg.sheet(op.sheet);
        op.cells.forEach((line, i) =>
          line.forEach((cell, j) => {
            if (cell === null) return;
            if ('formula' in cell) {
              formulasChanged = true;
              sheet.write(op.row + i, op.col + j, {
                kind: 'formula',
                formula: fileFormula(cell.formula),
                result: cell.result,
              });
            } else sheet.write(op.row + i, op.col + j, { kind: 'value', value: cell.value });
          }),
        );
        break;
      }
      case 'fill': {
        const sheet = pkg.sheet(op.sheet);
        const { r1, c1, r2 } = op.range;
        if (op.formula === null) {
          for (let r = r1; r <= r2; r++) sheet.write(r, c1, null);
          break;
        }
        formulasChanged = true;
        // One shared formula: the master holds the text, every other cell of the column points at it.
        const formula = fileFormula(op.formula);
        const si = r1 === r2 ? null : sheet.allocateSharedId();
        for (let r = r1; r <= r2; r++) {
          const result = op.results[r - r1] ?? null;
          if (si === null) sheet.write(r, c1, { kind: 'formula', formula, result });
          else
            sheet.write(r, c1, {
              kind: 'formula',
              formula,
              result,
              shared: { si, ref: r === r1 ? rangeAddress(op.range) : undefined },
            });
        }
        break;
      }
      case 'style': {
        const sheet = pkg.sheet(op.sheet);
        const apply = pkg.styles().applier(op.style);
        for (let r = op.range.r1; r <= op.range.r2; r++)
          for (let c = op.range.c1; c <= op.range.c2; c++) sheet.setStyle(r, c, apply(sheet.styleOf(r, c)));
        break;
      }
      case 'name':
        pkg.setName(op.name, `${quoteSheet(op.sheet)}!${rangeAddress(op.range, true)}`);
        break;
      case 'columnWidths':
        writeColumnWidths(pkg.sheet(op.sheet), op.widths);
        break;
      case 'listValidation': {
        const sheet = pkg.sheet(op.sheet);
        const sqref = rangeAddress(op.range);
        const existing = sheet.elements('dataValidations')[0];
        // A name or range as it is; the choices themselves as one quoted, comma-separated text.
        const formula1 = op.source === undefined ? `"${op.items.join(',')}"` : op.source;
        const rule = `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${sqref}"><formula1>${escapeXml(formula1)}</formula1></dataValidation>`;
        const rules = existing
          ? existing
              .replace(/^<dataValidations\b[^>]*>|<\/dataValidations>$/g, '')
              .replace(new RegExp(`<dataValidation\\b[^>]*sqref="${sqref}"[^>]*>[\\s\\S]*?</dataValidation>`), '')
          : '';
        const count = (rules.match(/<dataValidation\b/g) ?? []).length + 1;
        sheet.setElement('dataValidations', `<dataValidations count="${count}">${rules}${rule}</dataValidations>`);
        break;
      }
      case 'highlight': {
        const sheet = pkg.sheet(op.sheet);
        const dxf = pkg.styles().dxf(op);
        const formula = escapeXml(fileFormula(op.formula));
        const earlier = (xml: string) =>
          [op.formula, ...(op.replaces ?? [])].some((x) =>
            xml.includes(`<formula>${escapeXml(fileFormula(x))}</formula>`),
          );
        // One rule per formula: scoring again replaces it (keeping its priority) instead of stacking copies.
        const kept = sheet.elements('conditionalFormatting').find(earlier);
        const priority = (kept && /\bpriority="(\d+)"/.exec(kept)?.[1]) ?? String(nextPriority(sheet));
        sheet.replaceElements(
          'conditionalFormatting',
          earlier,
          `<conditionalFormatting sqref="${rangeAddress(op.range)}"><cfRule type="expression" dxfId="${dxf}" priority="${priority}"><formula>${formula}</formula></cfRule></conditionalFormatting>`,
        );
        break;
      }
      case 'autoFilter': {
        const sheet = pkg.sheet(op.sheet);
        const ref = rangeAddress(op.range);
        // An existing filter keeps its criteria (the user's own filter of the table); only its range follows the table.
        const existing = sheet.elements('autoFilter')[0];
        sheet.setElement(
          'autoFilter',
          existing
            ? existing.replace(/^<autoFilter\b[^>]*?(\/?>)/, (tag) => setAttribute(tag, 'ref', ref))
            : `<autoFilter ref="${ref}"/>`,
        );
        pkg.setName(FILTER_DATABASE, `${quoteSheet(op.sheet)}!${rangeAddress(op.range, true)}`, {
          localSheet: op.sheet,
          hidden: true,
        });
        break;
      }
      case 'unname':
        pkg.deleteName(op.name);
        break;
      case 'clear': {
        pkg.sheet(op.sheet).clear(op.range);
        break;
      }
      case 'rowHeight':
        pkg.sheet(op.sheet).setRowHeight(op.row, op.height);
        break;
      case 'freeze':
        freeze(pkg.sheet(op.sheet), op.rows, op.cols);
        break;
      case 'charts':
        writeCharts(pkg, op.sheet, op.charts);
        break;
      case 'groupColumns':
        groupColumns(pkg.sheet(op.sheet), op.c1, op.c2);
        break;
      case 'pageSetup': {
        const sheet = pkg.sheet(op.sheet);
        // Fit to one page wide, as many pages down as it takes (pageSetUpPr is sheetPr's last child);
        // at a scale instead, no fitting.
        const sheetPr = sheet.element('sheetPr');
        const fit = `<pageSetUpPr fitToPage="${op.scale ? 0 : 1}"/>`;
        sheet.setElement(
          'sheetPr',
          sheetPr === null
            ? `<sheetPr>${fit}</sheetPr>`
            : sheetPr.endsWith('/>')
              ? sheetPr.replace(/\/>$/, `>${fit}</sheetPr>`)
              : sheetPr.replace(/<pageSetUpPr\b[^>]*\/>/, '').replace(/(<\/sheetPr>)$/, `${fit}$1`),
        );
        if (sheet.element('pageMargins') === null)
          sheet.setElement(
            'pageMargins',
            '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
          );
        const existing = sheet.element('pageSetup');
        const attrs = {
          paperSize: String(PAPERS[op.paper ?? PAPER_DEFAULT].ooxml),
          orientation: op.landscape ? 'landscape' : 'portrait',
          ...(op.scale
            ? // Pages across before the next rows: the right half of a row is the page after its left half.
              { scale: String(op.scale), pageOrder: 'overThenDown', fitToWidth: '1', fitToHeight: '1' }
            : { scale: '100', pageOrder: 'downThenOver', fitToWidth: '1', fitToHeight: op.onePage ? '1' : '0' }),
        };
        let tag = existing ? existing.replace(/\/?>[\s\S]*$/, '/>') : '<pageSetup/>';
        for (const [k, value] of Object.entries(attrs)) tag = setAttribute(tag, k, value);
        sheet.setElement('pageSetup', tag);
        const q = quoteSheet(op.sheet);
        // Title columns first, as Excel writes the name: 'Sheet'!$A:$B,'Sheet'!$14:$14.
        const titles = [
          ...(op.titleColumns
            ? [`${q}!$${columnLetter(op.titleColumns.c1)}:$${columnLetter(op.titleColumns.c2)}`]
            : []),
          ...(op.titleRows ? [`${q}!$${op.titleRows.r1}:$${op.titleRows.r2}`] : []),
        ];
        if (titles.length) pkg.setName('_xlnm.Print_Titles', titles.join(','), { localSheet: op.sheet });
        if (op.rowBreaks) {
          // A break's id is the last row of a page (0-based, the row before the one that starts the next).
          const breaks = op.rowBreaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('');
          const count = op.rowBreaks.length;
          sheet.setElement(
            'rowBreaks',
            count ? `<rowBreaks count="${count}" manualBreakCount="${count}">${breaks}</rowBreaks>` : null,
          );
        }
        if (op.printArea)
          pkg.setName('_xlnm.Print_Area', `${q}!${rangeAddress(op.printArea, true)}`, { localSheet: op.sheet });
        break;
      }
      default: {
        const unknown: never = op;
        throw new Error(`unknown plan op ${JSON.stringify(unknown)}`);
      }
    }
  }
  if (formulasChanged) pkg.markRecalculation();
}
