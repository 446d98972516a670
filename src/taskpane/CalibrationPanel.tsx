import { useId, useRef, useState } from 'react';
import { Button, Field, Input, mergeClasses, Select, Textarea } from '@fluentui/react-components';
import { LOG_COLUMNS } from '../core/calibrationLog';
import { dateText } from '../core/dates';
import { labels } from '../core/labels';
import { translateCheck } from '../core/messages';
import type { CellValue, Check } from '../core/types';
import { FlaggedFilter } from './FlaggedFilter';
import { useHostAction, usePane } from './paneContext';
import { Notice } from './Notice';
import { useStyles } from './styles';
import type { SelectedEmployee, SheetSummary } from './types';
import { TalentGrid } from './TalentGrid';
import { RaterEffects } from './RaterEffects';
import { PotentialField } from './PotentialField';

type FieldName = 'grade' | 'reason' | 'decidedBy';
type Recorded = { employee: string; grade: string; logRow: CellValue[]; logSheet: string; logRowNumber: number };

const shown = (v: CellValue) => (v === null ? '' : String(v));

/**
 * Calibration: the flagged-rows filter, the talent grid of the last Score, the employee of the selected cell, and recording a calibrated
 * grade with its required reason and decider. The pane checks the three fields before calling Excel (a
 * missing one is said next to it and nothing is called); the host checks everything again with the engine
 * and writes nothing on any error.
 */
export function CalibrationPanel({ sheets }: { sheets: readonly SheetSummary[] }) {
  const { host, t, uiLang, busy } = usePane();
  const selecting = useHostAction();
  const recording = useHostAction();
  const styles = useStyles();
  const ids = { heading: useId(), employee: useId(), hint: useId() };
  // undefined: not asked yet; null: the selection is not an employee's row.
  const [employee, setEmployee] = useState<SelectedEmployee | null | undefined>(undefined);
  const [grade, setGrade] = useState('');
  const [reason, setReason] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [missing, setMissing] = useState<FieldName[]>([]);
  const [errors, setErrors] = useState<Check[]>([]);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const [unchanged, setUnchanged] = useState<string | null>(null);
  const refs = {
    grade: useRef<HTMLSelectElement>(null),
    reason: useRef<HTMLTextAreaElement>(null),
    decidedBy: useRef<HTMLInputElement>(null),
  };

  const useSelected = () =>
    selecting.run(async () => {
      const found = await host.selectedEmployee();
      setEmployee(found);
      setGrade('');
      setReason('');
      setMissing([]);
      setErrors([]);
      setRecorded(null);
      setUnchanged(null);
    });

  const record = async (who: SelectedEmployee) => {
    const empty: FieldName[] = [];
    if (!grade) empty.push('grade');
    if (!reason.trim()) empty.push('reason');
    if (!decidedBy.trim()) empty.push('decidedBy');
    setMissing(empty);
    setErrors([]);
    setRecorded(null);
    setUnchanged(null);
    if (empty.length) {
      refs[empty[0]].current?.focus();
      return;
    }
    const outcome = await recording.run(() =>
      host.calibrateEmployee(
        { employee: who.employeeId || who.name, grade, reason: reason.trim(), decidedBy: decidedBy.trim() },
        who.sheet,
        uiLang,
      ),
    );
    if (!outcome) return;
    if (outcome.unchanged) {
      setUnchanged(t.alreadyCalibrated(who.name || who.employeeId, grade));
      return;
    }
    if (outcome.errors.length || !outcome.logRow) {
      setErrors(outcome.errors);
      return;
    }
    setRecorded({
      employee: who.name || who.employeeId,
      grade,
      logRow: outcome.logRow,
      logSheet: outcome.logSheet ?? '',
      logRowNumber: outcome.logRowNumber ?? 0,
    });
    setEmployee({ ...who, calibratedGrade: grade, finalGrade: grade });
    // The form is cleared (the decider stays, the same panel decides the next one): a second click asks
    // for the fields again instead of logging the same decision twice.
    setGrade('');
    setReason('');
  };

  const fieldProps = (field: FieldName, message: string) =>
    missing.includes(field) ? { validationState: 'error' as const, validationMessage: message } : {};
  const logHeader = labels(uiLang).logHeader;

  return (
    <section className={styles.section} aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className={styles.heading}>
        {t.calibrationHeading}
      </h2>
      <p className={styles.note}>{t.calibrationIntro}</p>
      <FlaggedFilter />
      <TalentGrid sheets={sheets} />
      <RaterEffects sheets={sheets} />
      <section className={styles.section} aria-labelledby={ids.employee}>
        <h3 id={ids.employee} className={styles.subheading}>
          {t.selectedEmployee}
        </h3>
        <p id={ids.hint} className={styles.note}>
          {t.useSelectedHint}
        </p>
        <div className={styles.row}>
          <Button disabledFocusable={busy} aria-describedby={ids.hint} onClick={useSelected}>
            {t.useSelected}
          </Button>
        </div>
        {selecting.failure}
        <div role="status">
          {employee === null && <Notice intent="warning">{t.noEmployeeSelected}</Notice>}
          {employee && (
            <dl className={styles.counts}>
              <dt>{logHeader[0]}</dt>
              <dd>{[employee.name, employee.employeeId].filter(Boolean).join(' · ')}</dd>
              <dt>{logHeader[2]}</dt>
              <dd>{t.rowOf(employee.sheet, employee.row)}</dd>
              <dt>{t.weightedScore}</dt>
              <dd>{employee.weighted === null ? t.notScored : employee.weighted}</dd>
              <dt>{t.grade}</dt>
              <dd>{employee.grade || t.notScored}</dd>
              <dt>{t.flagReason}</dt>
              <dd>{employee.flag ? employee.flagReason : t.notFlagged}</dd>
              <dt>{t.calibratedGrade}</dt>
              <dd>{employee.calibratedGrade || t.noCalibratedGrade}</dd>
            </dl>
          )}
        </div>
        {/* Keyed by the row: choosing another employee starts from what their cell holds. */}
        {employee && <PotentialField key={`${employee.sheet}!${employee.row}`} employee={employee} />}
      </section>

      {employee && (
        <form
          className={styles.section}
          aria-labelledby={ids.employee}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) void record(employee);
          }}
        >
          <Field label={t.calibratedGrade} required {...fieldProps('grade', t.gradeRequired)}>
            <Select ref={refs.grade} value={grade} onChange={(_, data) => setGrade(data.value)}>
              <option value="">{t.chooseGrade}</option>
              {employee.grades.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.reason} hint={t.reasonHint} required {...fieldProps('reason', t.reasonRequired)}>
            <Textarea
              ref={refs.reason}
              value={reason}
              resize="vertical"
              onChange={(_, data) => setReason(data.value)}
            />
          </Field>
          <Field label={t.decidedBy} required {...fieldProps('decidedBy', t.deciderRequired)}>
            <Input ref={refs.decidedBy} value={decidedBy} onChange={(_, data) => setDecidedBy(data.value)} />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" type="submit" disabledFocusable={busy}>
              {recording.running ? t.recording : t.record}
            </Button>
          </div>
          {recording.failure}
        </form>
      )}

      <div role="status" aria-live="polite">
        {unchanged && <Notice intent="warning">{unchanged}</Notice>}
        {recorded && (
          <Notice intent="success">
            <p>{t.recorded(recorded.employee, recorded.grade)}</p>
            <table className={mergeClasses(styles.table, styles.record)}>
              <caption className={styles.caption}>{t.logRowCaption(recorded.logSheet, recorded.logRowNumber)}</caption>
              <tbody>
                {logHeader.map((h, i) => (
                  <tr key={h}>
                    <th scope="row">{h}</th>
                    <td>
                      {i === LOG_COLUMNS.indexOf('date')
                        ? dateText(recorded.logRow[i] ?? null)
                        : shown(recorded.logRow[i] ?? null)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Notice>
        )}
      </div>
      {errors.length > 0 && (
        <Notice intent="error" role="alert">
          <p>{t.notRecorded}</p>
          <ul>
            {errors.map((c, i) => (
              <li key={i}>{translateCheck(c, uiLang).text}</li>
            ))}
          </ul>
        </Notice>
      )}
    </section>
  );
}
