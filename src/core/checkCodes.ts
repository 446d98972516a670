/**
 * Every check the tool makes, declared once: its severity and the parameters its message takes. The
 * messages (core/messages.ts) and every place that makes a check are typed from here: a check made with
 * a parameter its message does not read, or without one it does, does not compile. A leaf module.
 */

/** Most serious first: sheet errors block scoring, row problems leave one employee unscored. */
export const SEVERITIES = ['error', 'problem', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A parameter's value as a message shows it. */
type Param = string | number;
/** The parameters of a message that reads none. */
export type NoParams = Record<string, never>;

/** A check's severity, with its parameters' shape carried as a type only. */
interface CheckSpec<P> {
  severity: Severity;
  /** Never set: the type of the parameters. */
  params?: P;
}

const check = <P>(severity: Severity): CheckSpec<P> => ({ severity });

export const CHECKS = {
  'rules-missing': check<{ name: Param }>('error'),
  'rules-curve': check<NoParams>('error'),
  'rules-grades': check<NoParams>('error'),
  'rules-number': check<{ value: Param }>('error'),
  'rules-language': check<{ value: Param }>('error'),
  'rules-paper': check<{ value: Param }>('warning'),
  'rules-level': check<{ value: Param }>('warning'),
  'rules-talent-added': check<NoParams>('info'),
  'rules-box': check<{ value: Param }>('warning'),
  'weights-total': check<{ total: Param }>('error'),
  'weight-invalid': check<{ name: Param; value: Param }>('error'),
  'name-missing': check<NoParams>('error'),
  'dimension-invalid': check<{ name: Param; qualitative: Param; quantitative: Param; value: Param }>('error'),
  'duplicate-name': check<{ first: Param; name: Param }>('error'),
  'target-invalid': check<{ name: Param; value: Param }>('error'),
  'direction-invalid': check<{ higher: Param; lower: Param; name: Param; value: Param }>('error'),
  'formula-limit': check<{ column: Param; indicators: Param; limit: Param; value: Param }>('error'),
  'relayout-occupied': check<{ value: Param }>('error'),
  'table-occupied': check<{ summary: Param; value: Param }>('error'),
  'table-structure': check<{ expected: Param; found: Param; table: Param }>('error'),
  'table-column-taken': check<{ expected: Param; found: Param }>('error'),
  'sheet-name-missing': check<{ name: Param; what: Param }>('error'),
  'layout-pending': check<NoParams>('error'),
  'value-missing': check<{ employee: Param; name: Param }>('problem'),
  'value-not-number': check<{ employee: Param; name: Param; value: Param }>('problem'),
  'potential-invalid': check<{ employee: Param; value: Param }>('problem'),
  'rater-360-effect': check<{ count: Param; difference: Param; higher: Param; rater: Param }>('warning'),
  'rater-effect': check<{ lenient: Param; qual: Param; quant: Param; supervisor: Param }>('warning'),
  'rater-unknown-employee': check<{ id: Param }>('warning'),
  'rater-unknown-indicator': check<{ name: Param; sheet: Param }>('warning'),
  'rater-score-invalid': check<{ value: Param }>('warning'),
  'rater-no-fact': check<{ id: Param }>('warning'),
  'rater-gap': check<{ average: Param; count: Param; employee: Param; limit: Param; name: Param; panel: Param }>(
    'warning',
  ),
  'cascade-sum': check<{ part: Param; parts: Param; target: Param; total: Param }>('warning'),
  'cascade-too-many': check<{ count: Param; part: Param }>('warning'),
  'cascade-duplicate-part': check<{ first: Param; part: Param }>('warning'),
  'cascade-parent-unknown': check<{ parent: Param; part: Param }>('warning'),
  'cascade-no-parent': check<{ part: Param }>('warning'),
  'cascade-no-number': check<{ part: Param; value: Param }>('warning'),
  'cascade-no-unit': check<{ part: Param }>('warning'),
  'cascade-no-due': check<{ part: Param }>('warning'),
  'cascade-vague': check<{ part: Param; word: Param }>('warning'),
  'cascade-far': check<{ actual: Param; factor: Param; part: Param; target: Param }>('warning'),
  'own-target-invalid': check<{ employee: Param; name: Param; value: Param }>('problem'),
  'value-vague': check<{ employee: Param; name: Param; value: Param }>('problem'),
  'qual-out-of-range': check<{ employee: Param; name: Param; value: Param }>('problem'),
  'qual-percent': check<{ employee: Param; name: Param; value: Param }>('problem'),
  'value-bound': check<{ employee: Param; name: Param; value: Param }>('problem'),
  'value-percent': check<{ employee: Param; name: Param; unit: Param; value: Param }>('problem'),
  'duplicate-id': check<{ employee: Param; id: Param; rows: Param }>('problem'),
  'id-other-sheet': check<{ employee: Param; id: Param; other: Param }>('warning'),
  'actual-negative': check<{ employee: Param; name: Param; value: Param }>('problem'),
  'lower-not-positive': check<{ employee: Param; name: Param; value: Param }>('problem'),
  'quant-share': check<{ max: Param; min: Param; share: Param }>('warning'),
  'qual-share': check<{ max: Param; min: Param; share: Param }>('warning'),
  'source-missing': check<{ name: Param }>('warning'),
  'indicator-count': check<{ count: Param; max: Param; min: Param }>('info'),
  'calibrated-invalid': check<{ employee: Param; grades: Param; value: Param }>('problem'),
  'previous-grade-invalid': check<{ employee: Param; grades: Param; value: Param }>('problem'),
  'calibrated-no-reason': check<{ employee: Param; value: Param }>('warning'),
  'calibrate-no-reason': check<NoParams>('error'),
  'calibrate-no-decider': check<NoParams>('error'),
  'calibrate-bad-grade': check<{ grades: Param; value: Param }>('error'),
  'calibrate-unknown-employee': check<{ employee: Param }>('error'),
  'calibrate-ambiguous': check<{ candidates: Param; employee: Param; sheets: Param }>('error'),
  'calibrate-not-scored': check<{ employee: Param }>('error'),
  'calibrate-no-log': check<NoParams>('error'),
  'plan-not-scored': check<{ employee: Param }>('error'),
  'plan-vague': check<{ word: Param }>('warning'),
  'plan-person': check<{ word: Param }>('warning'),
  'plan-no-number': check<NoParams>('warning'),
  'plan-no-deadline': check<NoParams>('warning'),
  'plan-deadline-text': check<{ date: Param; note: Param; value: Param }>('warning'),
  'plan-deadline-invalid': check<{ note: Param; value: Param }>('warning'),
  'plan-no-owner': check<NoParams>('warning'),
  normalised: check<{ after: Param; before: Param }>('info'),
  restored: check<{ before: Param }>('info'),
};

/** Every check the tool makes: a missing message is a compile error, not a run-time throw. */
export type CheckCode = keyof typeof CHECKS;

/** The parameters of each check's message. */
export type CheckParams = { [C in CheckCode]: NonNullable<(typeof CHECKS)[C]['params']> };
