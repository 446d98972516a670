import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs perf-review in-process, capturing what it prints. */
export async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs perf-review as in a terminal of that locale (LANG), e.g. zh_CN.UTF-8. */
export async function cliInLocale(locale: string, ...argv: string[]): Promise<Run> {
  const before = process.env.LANG;
  process.env.LANG = locale;
  try {
    return await cli(...argv);
  } finally {
    process.env.LANG = before;
  }
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'perf-review-cli-'));
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every non-empty cell of every sheet as "sheet!A1" -> value or "=formula". */
export function cellMap(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        out.set(`${ws.name}!${cell.address}`, cell.formula ? `=${cell.formula}` : cell.value);
      }),
    ),
  );
  return out;
}

let gbMap: Map<string, number[]> | null = null;
/** GB18030 bytes for text (Node has a GB18030 decoder but no encoder): a reverse map of the 2-byte plane. */
export function encodeGb18030(text: string): Buffer {
  if (!gbMap) {
    gbMap = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbMap.has(ch)) gbMap.set(ch, [hi, lo]);
      }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = gbMap.get(ch);
      if (!code) throw new Error(`no GB18030 code for ${ch}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}

/** The channel specialist's CSV header as HR's export has it, in each language. */
export const CHANNEL_HEADER = {
  'en-US':
    'Name,Employee ID,Team,Supervisor,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency',
  'zh-CN': '姓名,工号,团队,直属上级,渠道销售额,新客户开发数量,客户获取成本,渠道维护效率',
} as const;

/** A new workbook with the channel specialist's sheet and these CSV lines imported into it, in `dir`. */
export async function channelWorkbook(
  dir: string,
  name: string,
  lang: 'en-US' | 'zh-CN',
  lines: readonly string[],
): Promise<string> {
  const file = path.join(dir, name);
  expect((await cli('template', '--lang', lang, '--roles', 'channel', '--out', file)).code).toBe(0);
  const csv = path.join(dir, `${name}.csv`);
  fs.writeFileSync(csv, [CHANNEL_HEADER[lang], ...lines].join('\n'));
  expect((await cli('import', file, '--csv', csv)).code).toBe(0);
  return file;
}
