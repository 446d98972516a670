import { useId, useState } from 'react';
import { Button } from '@fluentui/react-components';
import { ChecksList } from './ChecksList';
import { useHostAction, usePane } from './paneContext';
import { useStyles } from './styles';
import type { DraftOutcome } from './types';

/**
 * Feedback (guide step 4): drafts the improvement plan of the selected employee, or of everyone whose
 * result action is a 30-day plan or a talk, with the engine the command line uses; lists what was
 * drafted with a way to the plan, and the guide's wording warnings on what managers wrote in plans.
 */
export function FeedbackPanel() {
  const { host, t, uiLang, busy, selectCell } = usePane();
  const action = useHostAction();
  const styles = useStyles();
  const heading = useId();
  const [outcome, setOutcome] = useState<DraftOutcome | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const run = async (request: () => Promise<{ employee?: string; sheet?: string } | null>) => {
    setNote(null);
    setOutcome(null);
    const result = await action.run(async () => {
      const asked = await request();
      return asked ? host.draftPlans(asked, uiLang) : null;
    });
    if (result === null) setNote(t.selectEmployeeFirst);
    if (!result) return;
    setOutcome(result);
    if (!result.errors.length && !result.drafted.length && !result.existing.length) setNote(t.noPlanNeeded);
  };
  const selected = () =>
    run(async () => {
      const who = await host.selectedEmployee();
      return who ? { employee: who.employeeId || who.name, sheet: who.sheet } : null;
    });

  return (
    <section className={styles.section} aria-labelledby={heading}>
      <h2 id={heading} className={styles.heading}>
        {t.feedbackHeading}
      </h2>
      <p className={styles.note}>{t.feedbackIntro}</p>
      <div className={styles.row}>
        <Button disabledFocusable={busy} onClick={selected}>
          {t.draftSelected}
        </Button>
        <Button disabledFocusable={busy} onClick={() => run(async () => ({}))}>
          {t.draftAll}
        </Button>
      </div>
      {action.failure}
      <div role="status">
        {action.running && <p className={styles.note}>{t.drafting}</p>}
        {note && <p className={styles.note}>{note}</p>}
        {outcome && (outcome.drafted.length > 0 || outcome.existing.length > 0) && (
          <ul className={styles.list}>
            {[
              ...outcome.drafted.map((p) => ({ ...p, text: t.drafted(p.employee) })),
              ...outcome.existing.map((p) => ({ ...p, text: t.planExists(p.employee) })),
            ].map((p) => (
              <li key={p.sheet} className={styles.checkItem}>
                <span>{p.text}</span>
                <Button size="small" onClick={() => selectCell(p.sheet, 'A1')}>
                  {t.goToPlan}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {outcome && outcome.errors.length + outcome.warnings.length > 0 && (
        <ChecksList t={t} uiLang={uiLang} checks={[...outcome.errors, ...outcome.warnings]} selectCell={selectCell} />
      )}
    </section>
  );
}
