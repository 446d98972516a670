import { talentGridSheetOps } from '../../src/layout/talentGridSheet';
import { TALENT_WORDS } from '../../src/core/talentText';
import { EMPLOYEE_FIELDS } from '../../src/core/names';
import { PRESETS, type PresetIndicator, type RolePreset } from '../../src/core/presets';
import { readAssessmentSheets, type AssessmentSnapshot } from '../../src/core/snapshot';
import type { CellValue, Lang } from '../../src/core/types';
import { assessmentSheetOps } from '../../src/layout/assessmentSheet';
import { rulesSheetOps } from '../../src/layout/rulesSheet';
import { calibrationSheetOps } from '../../src/layout/calibrationSheet';
import { labels } from '../../src/core/labels';
import type ExcelJS from 'exceljs';
import { parseRange } from '../../src/core/a1';
import { applyPlan, blankPackage, packageReader, type XlsxPackage } from '../../src/hosts/xlsx/workbook';
import { planWorkbookScoring, type ScoringOptions } from '../../src/operations/score';
import { cellValue } from './exceljsReader';

export type EmployeeRow = [string, string, string, string, string, ...CellValue[]];

/** A workbook (the product's own package host) with the Rules sheet and one assessment sheet, employees filled in. */
export function workbookWith(
  preset: RolePreset,
  rows: EmployeeRow[],
  lang: Lang = 'en-US',
  withCalibration = false,
): XlsxPackage {
  const pkg = blankPackage();
  applyPlan(pkg, rulesSheetOps(labels(lang).rulesSheet, lang));
  applyPlan(pkg, assessmentSheetOps({ id: 'S1', sheet: preset.title[lang], preset, lang, cycle: '2024 Q3' }));
  if (withCalibration) {
    applyPlan(pkg, calibrationSheetOps(labels(lang).calibrationSheet, lang));
    applyPlan(pkg, talentGridSheetOps(TALENT_WORDS.of(lang).gridSheet, lang));
  }
  const snapshot = snapshotOf(pkg);
  const sheet = pkg.sheet(snapshot.sheet);
  rows.forEach((r, i) =>
    r.forEach(
      (value, j) =>
        value !== null &&
        sheet.write(snapshot.scoresHeader.r1 + 1 + i, snapshot.scoresHeader.c1 + j, { kind: 'value', value }),
    ),
  );
  return pkg;
}

/** Types a value into a cell, as HR would in Excel. */
export function setCell(pkg: XlsxPackage, sheet: string, cell: string, value: CellValue): void {
  const at = parseRange(cell)!;
  pkg.sheet(sheet).write(at.r1, at.c1, value === null ? null : { kind: 'value', value });
}

export function snapshotOf(pkg: XlsxPackage): AssessmentSnapshot {
  return readAssessmentSheets(pkg.definedNames(), packageReader(pkg))[0];
}

/** The engine and the layout on the whole workbook, as Score does it. */
export function scoringOf(pkg: XlsxPackage, options: ScoringOptions = {}) {
  return planWorkbookScoring(pkg.definedNames(), packageReader(pkg), options);
}

export const channel = PRESETS.channel;

/** Eight indicators: five quantitative (one lower-is-better), three qualitative, weights 100. */
export function eightIndicatorPreset(): RolePreset {
  const b = (s: string) => ({ 'zh-CN': s, 'en-US': s });
  const q = (name: string, weight: number, target: number, direction: 'higher' | 'lower'): PresetIndicator => ({
    dimension: 'quantitative',
    name: b(name),
    weight,
    target,
    direction,
    unit: b(''),
    source: b('CRM'),
  });
  const p = (name: string, weight: number): PresetIndicator => ({
    dimension: 'qualitative',
    name: b(name),
    weight,
    target: null,
    direction: null,
    unit: b(''),
    source: b('360'),
  });
  return {
    id: 'sales',
    title: b('Eight'),
    indicators: [
      q('Revenue', 20, 1000000, 'higher'),
      q('Customers', 15, 20, 'higher'),
      q('CAC', 15, 5000, 'lower'),
      q('Leads', 10, 300, 'higher'),
      q('Conversion', 10, 0.05, 'higher'),
      p('Creativity', 10),
      p('Teamwork', 10),
      p('Satisfaction', 10),
    ],
  };
}

const same = (s: string) => ({ 'zh-CN': s, 'en-US': s });

/** `count` quantitative indicators with weights totalling 100 and names of `nameLength` characters. */
export function manyIndicators(count: number, nameLength = 12): RolePreset {
  const weights = Array.from({ length: count }, (_, i) => Math.floor(100 / count) + (i < 100 % count ? 1 : 0));
  return {
    id: 'sales',
    title: same('Many'),
    indicators: weights.map(
      (weight, i): PresetIndicator => ({
        dimension: 'quantitative',
        name: same(`Indicator ${i + 1} `.padEnd(nameLength, 'x')),
        weight,
        target: 100,
        direction: 'higher',
        unit: same(''),
        source: same('CRM'),
      }),
    ),
  };
}

export const FIELDS = EMPLOYEE_FIELDS.length;

/** A cell's value as the results reader sees it (formula cells: their cached result). */
export function cellResult(ws: ExcelJS.Worksheet, row: number, col: number): CellValue {
  return cellValue(ws.getRow(row).getCell(col));
}
