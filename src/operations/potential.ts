import { cellAddress } from '../core/a1';
import { computedColumns } from '../core/columns';
import { oneEmployee } from '../core/identity';
import { makeCheck } from '../core/messages';
import { levelOf } from '../core/talentGrid';
import { TALENT_WORDS } from '../core/talentText';
import type { Check, EmployeeResult } from '../core/types';
import { employeeSheet, panelReach } from './calibrate';
import type { Operation } from './operation';

export interface PotentialRequest {
  /** Employee ID, or the name where there is no ID. */
  employee: string;
  /** High, Medium or Low in either language (高, 中, 低); '' clears it. */
  potential: string;
  /** The employee's assessment sheet; without it, the one sheet that has the employee. */
  sheet?: string;
}

export interface PotentialResult {
  errors: Check[];
  employee?: EmployeeResult;
  sheet?: string;
  /** What the Potential cell holds now: the level in the workbook's words ('' when cleared). */
  potential?: string;
  /** It held that already: nothing was written. */
  unchanged?: boolean;
}

/**
 * The calibration panel's Potential (人才九宫格) for one employee: a level of either language, written in
 * the workbook's words into the employee's Potential cell (the talent grid's formulas follow at once);
 * anything else is refused and nothing is written.
 */
export const potentialOperation: Operation<PotentialRequest, PotentialResult> = {
  target: 'this-workbook',
  reach: (view, request) => panelReach(view, request.sheet),
  plan(view, reader, request) {
    const found = employeeSheet(view.names, reader, request.employee, request.sheet, view.messageLang);
    if (!('snapshot' in found)) return { ops: [], outcome: { errors: found.errors }, hasErrors: true };
    const { snapshot, assessment, rules, lang } = found;
    const meant = oneEmployee(assessment.employees, request.employee, snapshot.sheet, lang);
    if ('refuse' in meant) return { ops: [], outcome: { errors: [meant.refuse('A1')] }, hasErrors: true };
    const { employee } = meant;
    const cols = computedColumns(snapshot.scoresHeader.c2 + 1, assessment.indicators.length);
    const cell = cellAddress(employee.row, cols.potential);
    const typed = request.potential.trim();
    const level = levelOf(typed);
    if (typed !== '' && level === 0) {
      const who = employee.name || employee.employeeId;
      const errors = [makeCheck('potential-invalid', snapshot.sheet, cell, { employee: who, value: typed }, lang)];
      return { ops: [], outcome: { errors, employee, sheet: snapshot.sheet }, hasErrors: true };
    }
    const potential = level === 0 ? '' : TALENT_WORDS.of(rules.lang).levels[level - 1];
    const outcome = { errors: [], employee, sheet: snapshot.sheet, potential };
    if (employee.potential === potential)
      return { ops: [], outcome: { ...outcome, unchanged: true }, hasErrors: false };
    return {
      ops: [
        {
          kind: 'cells',
          sheet: snapshot.sheet,
          row: employee.row,
          col: cols.potential,
          cells: [[{ value: potential === '' ? null : potential }]],
        },
      ],
      outcome,
      hasErrors: false,
    };
  },
};
