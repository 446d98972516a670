import { useId, useState } from 'react';
import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import { useHostAction, usePane } from './paneContext';
import type { Progress, ScoreOutcome } from './types';
import { useStyles } from './styles';

type Score = (messageLang: Lang, onProgress: Progress, relayout?: 'ask' | 'apply') => Promise<ScoreOutcome>;

export interface ScorePanelProps {
  onOutcome: (outcome: ScoreOutcome) => void;
}

/** The two score actions and, while one runs, a progress bar whose text a screen reader hears. */
export function ScorePanel({ onOutcome }: ScorePanelProps) {
  const { host, t, uiLang, busy } = usePane();
  const action = useHostAction();
  const styles = useStyles();
  const heading = useId();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  // Sheets whose indicators changed: their new layout, shown before it is applied.
  const [pending, setPending] = useState<{ score: Score; changes: ScoreOutcome['layoutChanges'] } | null>(null);
  const scoreActiveSheet: Score = (lang, onProgress, relayout) => host.scoreActiveSheet(lang, onProgress, relayout);
  const scoreAllSheets: Score = (lang, onProgress, relayout) => host.scoreAllSheets(lang, onProgress, relayout);

  const run = async (score: Score, relayout: 'ask' | 'apply' = 'ask') => {
    setProgress(null);
    setPending(null);
    const outcome = await action.run(() => score(uiLang, (done, total) => setProgress({ done, total }), relayout));
    setProgress(null);
    if (!outcome) return;
    if (outcome.layoutChanges.length) setPending({ score, changes: outcome.layoutChanges });
    onOutcome(outcome);
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
      {pending && (
        <div role="region" aria-label={t.layoutApply}>
          {pending.changes.map((c) => (
            <div key={c.sheet}>
              <p>{t.layoutTitle(c.sheet)}</p>
              <ul>
                {c.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
          <div className={styles.row}>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => run(pending.score, 'apply')}>
              {t.layoutApply}
            </Button>
            <Button disabledFocusable={busy} onClick={() => setPending(null)}>
              {t.layoutNotNow}
            </Button>
          </div>
        </div>
      )}
      {action.failure}
      <div role="status" aria-live="polite">
        {action.running && (
          // Without a total yet the bar is indeterminate; long runs report done/total per block.
          <Field label={progress ? t.progress(progress.done, progress.total) : t.scoring}>
            <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} max={1} />
          </Field>
        )}
      </div>
    </section>
  );
}
