import { useId, useState } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import { ChecksList } from './ChecksList';
import type { UiText } from './i18n';
import { useStyles } from './styles';
import type { NextCycleOutcome } from './types';

export interface NextCyclePanelProps {
  t: UiText;
  uiLang: Lang;
  busy: boolean;
  startNextCycle: (cycle: string, lang: Lang) => Promise<NextCycleOutcome>;
  selectCell: (sheet: string, cell: string) => void;
  onBusy: (on: boolean) => void;
  onError: (error: unknown) => void;
}

/**
 * The next cycle (as `perf-review next-cycle`): a new workbook with the same indicators and people,
 * Previous grade = this cycle's final grade, the open measures listed; Excel opens it. This one is only read.
 */
export function NextCyclePanel(props: NextCyclePanelProps) {
  const { t, uiLang, busy } = props;
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
    props.onBusy(true);
    try {
      const result = await props.startNextCycle(cycle.trim(), uiLang);
      setOutcome(result);
      setNote(
        result.unsupported
          ? t.nextCycleUnsupported
          : result.errors.length
            ? t.nextCycleErrors
            : t.nextCycleOpened(
                result.sheets.reduce((n, s) => n + s.employees, 0),
                result.openMeasures,
              ),
      );
    } catch (error) {
      setNote(null);
      props.onError(error);
    } finally {
      props.onBusy(false);
    }
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
      <div role="status">{note && <p className={styles.note}>{note}</p>}</div>
      {outcome && outcome.errors.length > 0 && (
        <ChecksList t={t} uiLang={uiLang} checks={outcome.errors} selectCell={props.selectCell} />
      )}
    </section>
  );
}
