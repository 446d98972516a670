import { useId, useState } from 'react';
import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import type { UiText } from './i18n';
import type { Progress, ScoreOutcome } from './types';
import { useStyles } from './styles';

type Score = (messageLang: Lang, onProgress: Progress) => Promise<ScoreOutcome>;

export interface ScorePanelProps {
  t: UiText;
  uiLang: Lang;
  busy: boolean;
  scoreActiveSheet: Score;
  scoreAllSheets: Score;
  onOutcome: (outcome: ScoreOutcome) => void;
  onError: (error: unknown) => void;
  onBusy: (busy: boolean) => void;
}

/** The two score actions and, while one runs, a progress bar whose text a screen reader hears. */
export function ScorePanel({
  t,
  uiLang,
  busy,
  scoreActiveSheet,
  scoreAllSheets,
  onOutcome,
  onError,
  onBusy,
}: ScorePanelProps) {
  const styles = useStyles();
  const heading = useId();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const run = async (score: Score) => {
    onBusy(true);
    setRunning(true);
    setProgress(null);
    try {
      onOutcome(await score(uiLang, (done, total) => setProgress({ done, total })));
    } catch (error) {
      onError(error);
    } finally {
      setRunning(false);
      setProgress(null);
      onBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby={heading}>
      <h2 id={heading} className={styles.heading}>
        {t.scoreHeading}
      </h2>
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => run(scoreActiveSheet)}>
          {t.scoreActive}
        </Button>
        <Button disabledFocusable={busy} onClick={() => run(scoreAllSheets)}>
          {t.scoreAll}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {running && (
          // Without a total yet the bar is indeterminate; long runs report done/total per block.
          <Field label={progress ? t.progress(progress.done, progress.total) : t.scoring}>
            <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} max={1} />
          </Field>
        )}
      </div>
    </section>
  );
}
