import { useId, useState } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { ChecksList } from './ChecksList';
import { useHostAction, usePane } from './paneContext';
import { useStyles } from './styles';
import type { NextCycleOutcome } from './types';

/**
 * The next cycle (as `perf-review next-cycle`): a new workbook with the same indicators and people,
 * Previous grade = this cycle's final grade, the open measures listed; Excel opens it. This one is only read.
 */
export function NextCyclePanel() {
  const { host, t, uiLang, busy, selectCell } = usePane();
  const action = useHostAction();
  const styles = useStyles();
  const heading = useId();
  const [cycle, setCycle] = useState('');
  const [outcome, setOutcome] = useState<NextCycleOutcome | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const start = async () => {
    setOutcome(null);
    if (!cycle.trim()) {
      setNote(t.nextCycleName);
      return;
    }
    setNote(t.nextCycleWorking);
    const result = await action.run(() => host.startNextCycle(cycle.trim(), uiLang));
    setOutcome(result ?? null);
    setNote(
      !result
        ? null
        : result.unsupported
          ? t.nextCycleUnsupported
          : result.errors.length
            ? t.nextCycleErrors
            : t.nextCycleOpened(
                result.sheets.reduce((n, s) => n + s.employees, 0),
                result.openMeasures,
              ),
    );
  };

  return (
    <section className={styles.section} aria-labelledby={heading}>
      <h2 id={heading} className={styles.heading}>
        {t.nextCycleHeading}
      </h2>
      <p className={styles.note}>{t.nextCycleIntro}</p>
      <Field label={t.nextCycleLabel}>
        <Input value={cycle} placeholder={t.cyclePlaceholder} onChange={(_, data) => setCycle(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button disabledFocusable={busy} onClick={start}>
          {t.nextCycleButton}
        </Button>
      </div>
      {action.failure}
      <div role="status">{note && <p className={styles.note}>{note}</p>}</div>
      {outcome && outcome.errors.length > 0 && (
        <ChecksList t={t} uiLang={uiLang} checks={outcome.errors} selectCell={selectCell} />
      )}
    </section>
  );
}
