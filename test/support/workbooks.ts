import ExcelJS from 'exceljs';
import { EMPLOYEE_FIELDS } from '../../src/core/names';
import { PRESETS, type PresetIndicator, type RolePreset } from '../../src/core/presets';
import { readAssessmentSheets, type AssessmentSnapshot } from '../../src/core/snapshot';
import type { CellValue, Lang } from '../../src/core/types';
import { assessmentSheetOps } from '../../src/layout/assessmentSheet';
import { rulesSheetOps } from '../../src/layout/rulesSheet';
import { calibrationSheetOps } from '../../src/layout/calibrationSheet';
import { labels } from '../../src/core/labels';
import { applyPlan } from '../../src/hosts/exceljs/applyPlan';
import { cellValue, definedNames, workbookReader } from '../../src/hosts/exceljs/reader';

export type EmployeeRow = [string, string, string, string, string, ...CellValue[]];

/** A workbook with the Rules sheet and one assessment sheet for the preset, employees filled in. */
export function workbookWith(preset: RolePreset, rows: EmployeeRow[], lang: Lang = 'en-US', withCalibration = false): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, rulesSheetOps(labels(lang).rulesSheet, lang));
  applyPlan(workbook, assessmentSheetOps({ id: 'S1', sheet: preset.title[lang], preset, lang, cycle: '2024 Q3' }));
  if (withCalibration) applyPlan(workbook, calibrationSheetOps(labels(lang).calibrationSheet, lang));
  const snapshot = snapshotOf(workbook);
  const ws = workbook.getWorksheet(snapshot.sheet)!;
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getRow(snapshot.scoresHeader.r1 + 1 + i).getCell(snapshot.scoresHeader.c1 + j).value = v)));
  return workbook;
}

export function snapshotOf(workbook: ExcelJS.Workbook): AssessmentSnapshot {
  return readAssessmentSheets(definedNames(workbook), workbookReader(workbook))[0];
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
  const p = (name: string, weight: number): PresetIndicator => ({ dimension: 'qualitative', name: b(name), weight, target: null, direction: null, unit: b(''), source: b('360') });
  return {
    id: 'sales',
    title: b('Eight'),
    indicators: [q('Revenue', 20, 1000000, 'higher'), q('Customers', 15, 20, 'higher'), q('CAC', 15, 5000, 'lower'), q('Leads', 10, 300, 'higher'), q('Conversion', 10, 0.05, 'higher'), p('Creativity', 10), p('Teamwork', 10), p('Satisfaction', 10)],
  };
}

export const FIELDS = EMPLOYEE_FIELDS.length;

/** A cell's value as the results reader sees it (formula cells: their cached result). */
export function cellResult(ws: ExcelJS.Worksheet, row: number, col: number): CellValue {
  return cellValue(ws.getRow(row).getCell(col));
}
