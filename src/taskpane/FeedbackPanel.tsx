import { useId, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import { ChecksList } from './ChecksList';
import type { UiText } from './i18n';
import { useStyles } from './styles';
import type { DraftOutcome, SelectedEmployee } from './types';

export interface FeedbackPanelProps {
  t: UiText;
  uiLang: Lang;
  busy: boolean;
  draftPlans: (request: { employee?: string; sheet?: string }, lang: Lang) => Promise<DraftOutcome>;
  selectedEmployee: () => Promise<SelectedEmployee | null>;
  selectCell: (sheet: string, cell: string) => void;
  onBusy: (on: boolean) => void;
  onError: (error: unknown) => void;
}

/**
 * Feedback (guide step 4): drafts the improvement plan of the selected employee, or of everyone whose
 * result action is a 30-day plan or a talk, with the engine the command line uses; lists what was
 * drafted with a way to the plan, and the guide's wording warnings on what managers wrote in plans.
 */
export function FeedbackPanel(props: FeedbackPanelProps) {
  const { t, uiLang, busy } = props;
  const styles = useStyles();
  const heading = useId();
  const [outcome, setOutcome] = useState<DraftOutcome | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [drafting, setDrafting] = useState(false);

  const run = async (request: () => Promise<{ employee?: string; sheet?: string } | null>) => {
    props.onBusy(true);
    setDrafting(true);
    setNote(null);
    setOutcome(null);
    try {
      const asked = await request();
      if (!asked) {
        setNote(t.selectEmployeeFirst);
        return;
      }
      const result = await props.draftPlans(asked, uiLang);
      setOutcome(result);
      if (!result.errors.length && !result.drafted.length && !result.existing.length) setNote(t.noPlanNeeded);
    } catch (error) {
      props.onError(error);
    } finally {
      setDrafting(false);
      props.onBusy(false);
    }
  };
  const selected = () =>
    run(async () => {
      const who = await props.selectedEmployee();
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
      <div role="status">
        {drafting && <p className={styles.note}>{t.drafting}</p>}
        {note && <p className={styles.note}>{note}</p>}
        {outcome && (outcome.drafted.length > 0 || outcome.existing.length > 0) && (
          <ul className={styles.list}>
            {[
              ...outcome.drafted.map((p) => ({ ...p, text: t.drafted(p.employee) })),
              ...outcome.existing.map((p) => ({ ...p, text: t.planExists(p.employee) })),
            ].map((p) => (
              <li key={p.sheet} className={styles.checkItem}>
                <span>{p.text}</span>
                <Button appearance="transparent" size="small" onClick={() => props.selectCell(p.sheet, 'A1')}>
                  {t.goToPlan}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {outcome && outcome.errors.length + outcome.warnings.length > 0 && (
        <ChecksList
          t={t}
          uiLang={uiLang}
          checks={[...outcome.errors, ...outcome.warnings]}
          selectCell={props.selectCell}
        />
      )}
    </section>
  );
}
