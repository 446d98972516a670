import { catalogue } from './catalogue';
import type { CsvProblem } from './csv';
import type { Lang } from './types';

/** What makes an import refuse the whole file: nothing is written, each names its CSV line or column. */
export type ImportProblem =
  /** Two columns name the same employee field or indicator ("New customers" twice). */
  | { kind: 'duplicate-column'; header: string; first: string }
  /** A column with no header holds data (1-based column, first line with a value). */
  | { kind: 'blank-header'; column: number; line: number }
  /** A unit in brackets that does not fit the indicator. */
  | { kind: 'unit-unknown'; header: string; unit: string; understood: string[] }
  /** A number a spreadsheet cannot hold ("1e309", "1e-400"). */
  | { kind: 'number-range'; line: number; header: string; value: string }
  /** A column of own targets for an indicator that does not use them: the Indicators cell to set. */
  | { kind: 'own-target-off'; header: string; indicator: string; cell: string }
  /** A new employee's row (under the table) holds something already: a note, a total line. */
  | { kind: 'append-occupied'; line: number; cell: string; value: string };

/** A CSV line left alone: its Employee ID is on a row of the sheet under another name. */
export interface IdConflict {
  line: number;
  id: string;
  name: string;
  row: number;
  sheetName: string;
}

type Of<K extends string, U extends { kind: string }> = (p: Extract<U, { kind: K }>) => string;
type Messages<U extends { kind: string }> = { [K in U['kind']]: Of<K, U> };

const SAVE_UTF8_EN = 'In Excel: File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)", then import that file.';
const SAVE_UTF8_ZH = '在 Excel 中：文件 > 另存为 >"CSV UTF-8（逗号分隔）(*.csv)"，再导入该文件。';

/**
 * What the import says, in both languages, whoever runs it (the command line, the task pane): why a CSV
 * file cannot be read, why its columns or numbers stop the import, and which lines it left alone.
 */
interface ImportText {
  csv: Messages<CsvProblem>;
  problem: Messages<ImportProblem>;
  refusedAll: string;
  conflict: (c: IdConflict) => string;
  summaryLines: (lines: string) => string;
}

const en: ImportText = {
  csv: {
    workbook: () =>
      'this is an Excel workbook (.xlsx), not a CSV file. Open it in Excel and save the sheet as CSV UTF-8, or give the CSV export itself.',
    xls: () => 'this is an old Excel .xls workbook, not a CSV file. ' + SAVE_UTF8_EN,
    'utf16-no-bom': (p) =>
      `this file is UTF-16 ${p.endian === 'LE' ? 'little-endian' : 'big-endian'} text without a byte-order mark, which cannot be read safely. ${SAVE_UTF8_EN}`,
    binary: () => 'this file holds binary data, not CSV text. Give the CSV export of your system.',
    'encoding-unclear': () =>
      `the file's characters are not clearly in one encoding read here (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK); it may be Windows-1252, Big5 or Shift-JIS, and names would come out garbled. ${SAVE_UTF8_EN}`,
    'unterminated-quote': (p) =>
      `line ${p.line}: a quote (") opens a field that is never closed, so every line after it would run into one cell. Remove the stray quote or close it, then import again.`,
    'text-after-quote': (p) =>
      `line ${p.line}: text follows a closing quote inside a field. Put the whole field in quotes (a quote inside is written twice: ""), then import again.`,
    'too-many-fields': (p) =>
      `line ${p.line} has ${p.fields} fields but the header has ${p.headers}: a value holds an unquoted comma, or a column has no header. Quote the value or add the header, then import again.`,
    'field-too-long': (p) =>
      `line ${p.line}, column ${p.column}: a field of ${p.length.toLocaleString('en-US')} characters is longer than a cell holds (32,767). Check the line for a stray quote.`,
  },
  problem: {
    'duplicate-column': (p) =>
      `columns "${p.first}" and "${p.header}" both hold the same data; keep one of them (or name the other under "Import column names" on the Rules sheet).`,
    'blank-header': (p) =>
      `column ${p.column} has no header but holds data (first on line ${p.line}). Give it a header, or delete the column.`,
    'unit-unknown': (p) =>
      `column "${p.header}": the unit "${p.unit}" is not one this indicator can be read in (${p.understood.join(', ')}). Convert the numbers, or rename the header's unit.`,
    'number-range': (p) =>
      `line ${p.line}, column "${p.header}": "${p.value}" is a number no spreadsheet cell can hold (too large, or too small to tell from 0). Correct it in the CSV.`,
    'own-target-off': (p) =>
      `column "${p.header}" holds own targets, but "${p.indicator}" does not use own targets. Set "Own targets" to Yes in cell ${p.cell} of the Indicators table and Score the sheet, or delete the column.`,
    'append-occupied': (p) =>
      `line ${p.line} is a new employee, whose row under the table holds "${p.value}" (cell ${p.cell}). Move that note or total further down, then import again.`,
  },
  refusedAll: 'The CSV cannot be imported as it is; nothing was written:',
  conflict: (c) =>
    `CSV line ${c.line} left alone: Employee ID "${c.id}" is on row ${c.row} under the name "${c.sheetName}", not "${c.name}". Correct the ID or the name, then import again.`,
  summaryLines: (lines) => `Total and average lines (not employees, skipped), CSV lines: ${lines}`,
};

const zh: ImportText = {
  csv: {
    workbook: () =>
      '这是 Excel 工作簿（.xlsx），不是 CSV 文件。请在 Excel 中打开并将该表另存为 CSV UTF-8，或直接提供 CSV 导出文件。',
    xls: () => '这是旧版 Excel .xls 工作簿，不是 CSV 文件。' + SAVE_UTF8_ZH,
    'utf16-no-bom': (p) =>
      `该文件是没有字节顺序标记（BOM）的 UTF-16 ${p.endian === 'LE' ? '小端' : '大端'}文本，无法可靠读取。${SAVE_UTF8_ZH}`,
    binary: () => '该文件包含二进制数据，不是 CSV 文本。请提供系统导出的 CSV 文件。',
    'encoding-unclear': () =>
      `无法确定文件的编码（可读取：UTF-8（带或不带 BOM）、带 BOM 的 UTF-16、GB18030/GBK）；它可能是 Windows-1252、Big5 或 Shift-JIS 编码，姓名会变成乱码。${SAVE_UTF8_ZH}`,
    'unterminated-quote': (p) =>
      `第 ${p.line} 行：引号（"）开始的字段没有结束，其后的所有行都会并入一个单元格。请删除或补全该引号后重新导入。`,
    'text-after-quote': (p) =>
      `第 ${p.line} 行：字段的结束引号后还有文字。请把整个字段放在引号中（字段内的引号写两次：""），再重新导入。`,
    'too-many-fields': (p) =>
      `第 ${p.line} 行有 ${p.fields} 个字段，而表头只有 ${p.headers} 个：某个值含有未加引号的逗号，或某列没有表头。请给该值加引号或补上表头后重新导入。`,
    'field-too-long': (p) =>
      `第 ${p.line} 行第 ${p.column} 列：字段长 ${p.length.toLocaleString('en-US')} 个字符，超过单元格可容纳的 32,767 个字符。请检查该行是否有多余的引号。`,
  },
  problem: {
    'duplicate-column': (p) =>
      `"${p.first}"列和"${p.header}"列是同一项数据；请只保留一列（或在评分规则表的"导入列名"中为另一列指定含义）。`,
    'blank-header': (p) => `第 ${p.column} 列没有表头，但有数据（第 ${p.line} 行起）。请补上表头，或删除该列。`,
    'unit-unknown': (p) =>
      `"${p.header}"列：单位"${p.unit}"不是该指标可用的单位（${p.understood.join('、')}）。请换算数值，或修改表头中的单位。`,
    'number-range': (p) =>
      `第 ${p.line} 行"${p.header}"列："${p.value}"是单元格无法保存的数值（过大，或小到无法与 0 区分）。请在 CSV 中更正。`,
    'own-target-off': (p) =>
      `"${p.header}"列是个人目标，但指标"${p.indicator}"未启用个人目标。请在考核指标表的 ${p.cell} 单元格填"是"并评分，或删除该列。`,
    'append-occupied': (p) =>
      `第 ${p.line} 行是新员工，但表格下方要写入的这一行已有"${p.value}"（${p.cell} 单元格）。请把该备注或合计行下移后重新导入。`,
  },
  refusedAll: 'CSV 无法按原样导入；未写入任何内容：',
  conflict: (c) =>
    `CSV 第 ${c.line} 行未导入：工号"${c.id}"在表中第 ${c.row} 行，姓名为"${c.sheetName}"，而不是"${c.name}"。请更正工号或姓名后重新导入。`,
  summaryLines: (lines) => `合计、平均等汇总行（不是员工，已跳过），CSV 行号：${lines}`,
};

const IMPORT_TEXT = catalogue<ImportText>(en, zh);

export function importText(lang: Lang): ImportText {
  return IMPORT_TEXT.of(lang);
}

/** A CSV problem's message, prefixed with the file's name. */
export function csvProblemText(problem: CsvProblem, file: string, lang: Lang): string {
  const say = importText(lang).csv[problem.kind] as (p: CsvProblem) => string;
  return `${file}: ${say(problem)}`;
}

/** An import problem's message. */
export function importProblemText(problem: ImportProblem, lang: Lang): string {
  const say = importText(lang).problem[problem.kind] as (p: ImportProblem) => string;
  return say(problem);
}
