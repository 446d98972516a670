import { useEffect, useId, useState } from 'react';
import { Button, FluentProvider, Field, Radio, RadioGroup, type Theme } from '@fluentui/react-components';
import { LANGS, type Lang } from '../core/types';
import { CalibrationPanel } from './CalibrationPanel';
import { ChecksList } from './ChecksList';
import { FeedbackPanel } from './FeedbackPanel';
import { UI } from './i18n';
import { ImportPanel } from './ImportPanel';
import { InsertTemplates } from './InsertTemplates';
import { announcement, ResultsSummary } from './ResultsSummary';
import { ScorePanel } from './ScorePanel';
import { Notice } from './Notice';
import { NextCyclePanel } from './NextCyclePanel';
import { useStyles } from './styles';
import { PaneProvider, type PaneContextValue } from './paneContext';
import type { PaneHost, ScoreOutcome } from './types';

export interface AppProps {
  host: PaneHost;
  initialLang: Lang;
  theme: Theme;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function Pane({ host, initialLang }: Omit<AppProps, 'theme'>) {
  const styles = useStyles();
  const ids = { title: useId(), results: useId() };
  const parts = { setup: useId(), scoring: useId(), calibration: useId(), feedback: useId() };
  // Each part scrolls to the top under the sticky bar and takes the focus, for keyboard users too.
  const jump = (id: string) => {
    const part = document.getElementById(id);
    part?.scrollIntoView?.({ block: 'start' });
    part?.focus({ preventScroll: true });
  };
  const [uiLang, setUiLang] = useState<Lang>(initialLang);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ScoreOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const t = UI[uiLang];

  // Screen readers pick their voice from the document language.
  useEffect(() => {
    document.documentElement.lang = uiLang;
  }, [uiLang]);

  // Go to cell has no control of its own to show a failure next to: it is said at the top.
  const selectCell = (sheet: string, cell: string) => {
    setError(null);
    host.selectCell(sheet, cell).catch((e: unknown) => setError(host.errorText(e, uiLang) ?? messageOf(e)));
  };
  const shared: PaneContextValue = { host, t, uiLang, busy, setBusy, selectCell };

  return (
    <PaneProvider value={shared}>
      <main className={styles.main} aria-labelledby={ids.title}>
        <header className={styles.header}>
          <h1 id={ids.title} className={styles.title}>
            {t.appTitle}
          </h1>
          <Field label={t.uiLanguage}>
            <RadioGroup layout="horizontal" value={uiLang} onChange={(_, data) => setUiLang(data.value as Lang)}>
              {LANGS.map((lang) => (
                <Radio key={lang} value={lang} label={t.langNames[lang]} />
              ))}
            </RadioGroup>
          </Field>
        </header>
        <nav className={styles.jumpBar} aria-label={t.jumpTo}>
          {(Object.keys(parts) as (keyof typeof parts)[]).map((key) => (
            <Button key={key} size="small" appearance="subtle" onClick={() => jump(parts[key])}>
              {t.parts[key]}
            </Button>
          ))}
        </nav>
        {error && (
          <Notice intent="error" role="alert">
            {t.failed(error)}
          </Notice>
        )}
        <div id={parts.setup} className={styles.part} tabIndex={-1}>
          <InsertTemplates />
          <ImportPanel />
          <NextCyclePanel />
        </div>
        <div id={parts.scoring} className={styles.part} tabIndex={-1}>
          <ScorePanel onOutcome={setOutcome} />
          <section className={styles.section} aria-labelledby={ids.results}>
            <h2 id={ids.results} className={styles.heading}>
              {t.resultsHeading}
            </h2>
            {/* Always in the page, so the announcement is heard when its text changes. */}
            <p role="status">
              {outcome ? (outcome.sheets.length > 0 ? announcement(t, outcome.sheets) : '') : t.noResultsYet}
            </p>
            {outcome && <ResultsSummary t={t} outcome={outcome} selectCell={selectCell} />}
          </section>
          {/* Nothing was checked when the active sheet is not an assessment sheet: no "no problems" then. */}
          {outcome && (outcome.sheets.length > 0 || outcome.checks.length > 0) && (
            <ChecksList t={t} uiLang={uiLang} checks={outcome.checks} selectCell={selectCell} />
          )}
        </div>
        <div id={parts.calibration} className={styles.part} tabIndex={-1}>
          <CalibrationPanel />
        </div>
        <div id={parts.feedback} className={styles.part} tabIndex={-1}>
          <FeedbackPanel />
        </div>
      </main>
    </PaneProvider>
  );
}

/** The whole task pane; the host functions come in as props so tests can render it with fakes. */
export function App({ theme, ...props }: AppProps) {
  return (
    <FluentProvider theme={theme}>
      <Pane {...props} />
    </FluentProvider>
  );
}
