/**
 * The README's promises, over generated inputs (fast-check): small cases, a fixed seed in CI
 * (FC_SEED=... to try another, FC_RUNS=1000 to run more: `FC_RUNS=1000 npx jest test/property`).
 */
import fc from 'fast-check';
import { CsvError, parseCsv } from '../../src/core/csv';
import { applyPlan, packageReader } from '../../src/hosts/xlsx/workbook';
import { planWorkbookImport } from '../../src/operations/import';
import { readAssessmentSheets } from '../../src/core/snapshot';
import { cellAddress } from '../../src/core/a1';
import { computedColumns } from '../../src/core/columns';
import { channel, scoringOf, setCell, snapshotOf, workbookWith, type EmployeeRow } from '../support/workbooks';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261206), numRuns: Number(process.env.FC_RUNS ?? 40) });

/** RFC 4180 writing: what Excel writes for a table of fields. */
const csvField = (s: string) => (/[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);

const fieldText = fc.string({
  unit: fc.constantFrom('a', 'b', 'Z', '张', ' ', ',', '"', '\n', '\r\n', '1', '%'),
  maxLength: 8,
});

describe('the CSV parser', () => {
  test('any table written as RFC 4180 is read back field for field, each record at its real line', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.array(fc.array(fieldText, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
          ),
        (table) => {
          const header = table[0].map((_, i) => `H${i}`);
          const rows = [header, ...table].filter((r) => r.some((c) => c.trim() !== ''));
          const text = rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
          const parsed = parseCsv(text);
          expect(parsed.rows).toEqual(rows);
          // Each record starts after the lines of the records before it (a quoted newline counts).
          let line = 1;
          rows.forEach((r, i) => {
            expect(parsed.lines[i]).toBe(line);
            line += r.join(',').split(/\r\n|\n|\r/).length;
          });
        },
      ),
    );
  });

  test('any text is either refused with a line that exists, or read without losing a field', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', ' ', '张'), maxLength: 40 }), (text) => {
        try {
          const parsed = parseCsv(`A,B,C\n${text}`);
          const lines = `A,B,C\n${text}`.split('\n').length;
          expect(parsed.lines.every((l) => l >= 1 && l <= lines)).toBe(true);
          // Nothing swallowed: a record never holds more non-empty fields than the header has columns.
          expect(parsed.rows.every((r) => r.slice(3).every((c) => c.trim() === ''))).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(CsvError);
          const problem = (e as CsvError).problem as { line?: number };
          if (problem.line !== undefined) expect(problem.line).toBeLessThanOrEqual(`A,B,C\n${text}`.split('\n').length);
        }
      }),
    );
  });
});

const EMPLOYEES: EmployeeRow[] = [
  ['Ann', 'E1', 'East', 'Li', '', 900000, 18, 4000, 90],
  ['Bob', 'E2', 'East', 'Li', '', 800000, 15, 5000, 80],
  ['Cy', 'E3', 'West', 'Wu', '', 700000, 12, 5500, 75],
  ['Dee', 'E4', 'West', 'Wu', '', 500000, 9, 6500, 65],
  ['Eve', 'E5', 'West', 'Wu', '', 300000, 5, 9000, 50],
];

const HEADERS = ['Employee ID', 'Name', 'Channel sales revenue', 'New customers', 'Customer acquisition cost'];
const csvLine = fc.tuple(
  fc.constantFrom('E1', 'E2', 'E9', '007', '', 'Ｅ1'),
  fc.constantFrom('Ann', 'Bob', 'Zed', '', 'Total', '合计'),
  fc.constantFrom('', '880000', '80万', '约50', '1e309', '≥5'),
  fc.constantFrom('', '12', '0', 'x'),
  fc.constantFrom('', '4800'),
);

describe('import', () => {
  test('imports exactly the lines it reports, or writes nothing; the same CSV twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(csvLine, { maxLength: 6 }), (lines) => {
        const pkg = workbookWith(channel, EMPLOYEES.slice(0, 3));
        const csv = parseCsv([HEADERS, ...lines].map((r) => r.join(',')).join('\n'));
        const snapshot = () => readAssessmentSheets(pkg.definedNames(), packageReader(pkg))[0];
        const plan = () =>
          planWorkbookImport(pkg.definedNames(), packageReader(pkg), snapshot(), csv, 'crm.csv', '2024-10-01');
        const first = plan();
        const rowsWritten = new Set(
          first.ops.flatMap((op) => (op.kind === 'cells' && op.row >= snapshot().scoresHeader.r1 + 1 ? [op.row] : [])),
        );
        if (first.report.refused) {
          expect(first.ops).toEqual([]);
          return;
        }
        expect(rowsWritten.size).toBe(first.report.updated + first.report.appended);
        applyPlan(pkg, first.ops);
        const again = plan();
        expect(again.ops).toEqual([]);
      }),
    );
  });
});

describe('Score', () => {
  const note = fc.record({
    below: fc.integer({ min: 1, max: 30 }),
    // Not the Name or Employee ID column: what is typed there names an employee (a row of the table).
    col: fc.integer({ min: 3, max: 40 }),
    text: fc.constantFrom('note', 'Total', '合计', '备注：已核对', '=1+1'),
  });

  test('for any order of the rows and notes typed below the table, no typed cell changes and everyone keeps their grade', () => {
    const alone = new Map(
      scoringOf(workbookWith(channel, EMPLOYEES)).sheets[0].employees.map((e) => [e.employeeId, e.grade]),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(EMPLOYEES, { minLength: 1 }), fc.array(note, { maxLength: 5 }), (rows, notes) => {
        const pkg = workbookWith(channel, rows);
        const s = snapshotOf(pkg);
        const typed = new Map<string, string | number | boolean>();
        rows.forEach((r, i) =>
          r.forEach(
            (v, j) =>
              v !== '' && v !== null && typed.set(cellAddress(s.scoresHeader.r1 + 1 + i, s.scoresHeader.c1 + j), v),
          ),
        );
        const last = s.scoresHeader.r1 + rows.length;
        for (const n of notes) {
          const at = cellAddress(last + n.below, n.col);
          setCell(pkg, s.sheet, at, n.text);
          typed.set(at, n.text);
        }
        const scoring = scoringOf(pkg);
        expect(scoring.hasErrors).toBe(false);
        applyPlan(pkg, scoring.ops);
        const sheet = pkg.sheet(s.sheet);
        for (const [address, value] of typed) {
          const [r, c] = [Number(/\d+/.exec(address)![0]), address.replace(/\d+/, '')];
          const col = [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
          expect([address, sheet.value(r, col)]).toEqual([address, value]);
        }
        for (const e of scoring.sheets[0].employees)
          expect([e.employeeId, e.grade]).toEqual([e.employeeId, alone.get(e.employeeId)]);
        // Nothing is filled below the last employee.
        const cols = computedColumns(s.scoresHeader.c2 + 1, 4);
        for (let r = last + 1; r <= last + 30; r++)
          if (!notes.some((n) => last + n.below === r && n.col === cols.weighted))
            expect(sheet.value(r, cols.weighted)).toBeNull();
      }),
    );
  });
});

describe('Score and a note typed anywhere', () => {
  /** Cells the tool owns: its header rows, status and statistics cells, the Key column, an employee's computed cells. */
  function toolOwns(pkg: ReturnType<typeof workbookWith>, row: number, col: number, employees: number): boolean {
    const s = snapshotOf(pkg);
    const h = s.scoresHeader;
    const cols = computedColumns(h.c2 + 1, 4);
    const ind = s.indicatorRange;
    if (row <= 3) return true; // title, statistics, status line
    if (row === 4 && col === 2) return true; // the data line
    if (row >= ind.r1 - 1 && row <= ind.r2 && col === ind.c1 + 8) return true; // Key
    // The input and computed headers (the indicators' names, written by Score) and the group words above them.
    if (row === h.r1 || row === h.r1 - 1) return col >= h.c1 + 5;
    const employeeRow = row > h.r1 && row <= h.r1 + employees;
    return employeeRow && col > h.c2 && col <= cols.last && col !== cols.calibrated;
  }

  test('Score either refuses and writes nothing, or keeps the note where it was typed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('note', 'Total', '合计', '已核对', '12', '约50'),
        (row, col, text) => {
          const pkg = workbookWith(channel, EMPLOYEES);
          fc.pre(!toolOwns(pkg, row, col, EMPLOYEES.length));
          const s = snapshotOf(pkg);
          setCell(pkg, s.sheet, cellAddress(row, col), text);
          const scoring = scoringOf(pkg);
          if (scoring.hasErrors) {
            expect(scoring.ops).toEqual([]);
            return;
          }
          applyPlan(pkg, scoring.ops);
          // A written number in an input is rewritten as the number, and reported ("12" -> 12): not a loss.
          const normalised = scoring.sheets[0].normalisations.find((n) => n.cell === cellAddress(row, col));
          const expected = normalised ? normalised.after : text;
          expect([cellAddress(row, col), pkg.sheet(s.sheet).value(row, col)]).toEqual([
            cellAddress(row, col),
            expected,
          ]);
        },
      ),
    );
  });
});
