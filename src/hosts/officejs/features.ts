/// <reference types="office-js" />
import { catalogue } from '../../core/catalogue';
import type { Lang } from '../../core/types';

/**
 * Requirement sets. The host needs ExcelApi 1.7 (Excel 2019 and later): NamedItem.formula to find its
 * own tables by name (1.7), names.add and getUsedRangeOrNullObject (1.4), suspendApiCalculationUntilNextSync
 * (1.6). Above that it detects, and degrades without them:
 *  - 1.9: Range.copyFrom fills a formula column in one call (else every row's formula is sent, in row
 *    blocks, so the request grows with the rows); getSpecialCells finds typed-over computed cells without
 *    downloading every formula (else the formulas are read); suspendScreenUpdatingUntilNextSync; the
 *    Scores table's AutoFilter (else no filter buttons).
 * Conditional formats (the flagged-row highlight) are ExcelApi 1.6, inside the minimum.
 *  - 1.8: list data validation (else the Indicators drop-downs are left out).
 *  - 1.10: column groups (else a new assessment sheet's per-indicator detail is not collapsed).
 */
export const MINIMUM_API = '1.7';

export interface Features {
  autoFilter: boolean;
  copyFrom: boolean;
  specialCells: boolean;
  screenUpdating: boolean;
  dataValidation: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9): orientation, fit to width, print titles and area. */
  pageLayout: boolean;
  /** Range.group and hideGroupDetails (ExcelApi 1.10): the per-indicator detail grouped and collapsed. */
  outline: boolean;
  /** Application.calculationMode (ExcelApi 1.8): a workbook in manual calculation is recalculated after writes. */
  calculationMode: boolean;
}

interface OfficeGlobal {
  context?: {
    requirements?: { isSetSupported?: (name: string, version?: string) => boolean };
    displayLanguage?: string;
  };
}

function office(): OfficeGlobal | undefined {
  return (globalThis as { Office?: OfficeGlobal }).Office;
}

export function apiSupported(version: string): boolean {
  try {
    return office()?.context?.requirements?.isSetSupported?.('ExcelApi', version) === true;
  } catch {
    return false;
  }
}

export function detectFeatures(): Features {
  const v19 = apiSupported('1.9');
  return {
    autoFilter: v19,
    copyFrom: v19,
    specialCells: v19,
    screenUpdating: v19,
    dataValidation: apiSupported('1.8'),
    pageLayout: v19,
    calculationMode: apiSupported('1.8'),
    outline: apiSupported('1.10'),
  };
}

/** Thrown before anything is read when Excel is older than the minimum. */
export class UnsupportedExcelError extends Error {
  readonly code = 'excel-too-old';
}

const TOO_OLD = catalogue(
  `This add-in needs Excel 2019 or later (ExcelApi ${MINIMUM_API}).`,
  `此加载项需要 Excel 2019 或更高版本（ExcelApi ${MINIMUM_API}）。`,
);

export function requireMinimumApi(lang: Lang = officeDisplayLanguage()): Features {
  if (!apiSupported(MINIMUM_API)) throw new UnsupportedExcelError(TOO_OLD.of(lang));
  return detectFeatures();
}

/** Office's display language as one of ours: zh* is Chinese, anything else English; safe outside Office. */
export function officeDisplayLanguage(): Lang {
  try {
    const lang = office()?.context?.displayLanguage;
    return typeof lang === 'string' && lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
  } catch {
    return 'en-US';
  }
}
