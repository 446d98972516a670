import { catalogue } from '../../core/catalogue';
import type { Lang } from '../../core/types';

/**
 * Excel's own errors (OfficeExtension.Error: `code`, `message`, `debugInfo`) in the user's language, saying
 * what to do: Excel's message ("The argument is invalid", in Office's language) says neither.
 */
const CODES = [
  'InvalidOperationInCellEditMode',
  'ItemNotFound',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'AccessDenied',
  'InsertDeleteConflict',
  'Conflict',
] as const;
type Code = (typeof CODES)[number];

const en: Record<Code, string> = {
  InvalidOperationInCellEditMode:
    'Excel is still editing a cell. Press Enter or Esc to finish typing, then try again; nothing was written.',
  ItemNotFound:
    'A sheet or name the add-in needs is no longer there (renamed or deleted while the pane was open). Check the sheets, or score again to find them anew; nothing was written.',
  RequestPayloadSizeLimitExceeded:
    'The workbook sent more data than Excel on the web takes in one request (5 MB). Score one sheet at a time, or use Excel for Windows or Mac; nothing was written.',
  ResponsePayloadSizeLimitExceeded:
    'Excel on the web returns at most 5 MB at once and this sheet holds more. Score one sheet at a time, or use Excel for Windows or Mac; nothing was written.',
  AccessDenied:
    'Excel refused the change: the workbook or sheet is protected or read-only for you. Unprotect it (Review > Unprotect Sheet) or open a copy you can edit, then try again.',
  InsertDeleteConflict:
    'Someone else inserted or deleted cells at the same moment (co-authoring). Wait a moment and try again.',
  Conflict: 'Someone else changed the workbook at the same moment (co-authoring). Wait a moment and try again.',
};

const zh: Record<Code, string> = {
  InvalidOperationInCellEditMode: 'Excel 仍在编辑某个单元格。请按 Enter 或 Esc 结束输入后重试；未写入任何内容。',
  ItemNotFound:
    '加载项需要的工作表或名称已不存在（窗格打开期间被重命名或删除）。请检查工作表，或重新评分以重新查找；未写入任何内容。',
  RequestPayloadSizeLimitExceeded:
    '发送的数据超过了网页版 Excel 单次请求的上限（5 MB）。请逐表评分，或使用 Windows 或 Mac 版 Excel；未写入任何内容。',
  ResponsePayloadSizeLimitExceeded:
    '网页版 Excel 单次最多返回 5 MB，而此表的数据更多。请逐表评分，或使用 Windows 或 Mac 版 Excel；未写入任何内容。',
  AccessDenied:
    'Excel 拒绝了修改：工作簿或工作表受保护，或您只有只读权限。请取消保护（审阅 > 撤消工作表保护）或打开可编辑的副本后重试。',
  InsertDeleteConflict: '其他人同时插入或删除了单元格（共同编辑）。请稍候再试。',
  Conflict: '其他人同时修改了工作簿（共同编辑）。请稍候再试。',
};

const TEXT = catalogue<Record<Code, string>>(en, zh);

/** The user's message for an error Excel raised, or null when it is not one of Excel's known codes. */
export function officeErrorText(error: unknown, lang: Lang): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (CODES as readonly string[]).includes(code) ? TEXT.of(lang)[code as Code] : null;
}
