import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  FluentProvider,
  Field,
  Radio,
  RadioGroup,
  type Theme,
} from '@fluentui/react-components';
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
import type { PaneHost, ScoreOutcome, WorkbookStage } from './types';

/** The pane's parts in the order of the day; Set-up and Next cycle fold away (an accordion). */
const PARTS = ['scoring', 'calibration', 'feedback', 'setup', 'nextCycle'] as const;
type Part = (typeof PARTS)[number];
type Folded = 'setup' | 'nextCycle';
const FOLDED: readonly Part[] = ['setup', 'nextCycle'] satisfies Folded[];

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
  const parts: Record<Part, string> = {
    scoring: useId(),
    calibration: useId(),
    feedback: useId(),
    setup: useId(),
    nextCycle: useId(),
  };
  // Where the workbook stands decides what is open: no assessment sheet yet, Set-up comes first and open.
  const [stage, setStage] = useState<WorkbookStage | null>(null);
  const [open, setOpen] = useState<Part[]>([]);
  const toggled = useRef(false);
  useEffect(() => {
    let live = true;
    host
      .workbookStage()
      .catch((): WorkbookStage => 'scoring')
      .then((s) => {
        if (!live) return;
        setStage(s);
        if (s === 'setup' && !toggled.current) setOpen(['setup']);
      });
    return () => {
      live = false;
    };
  }, [host]);
  // Each part scrolls to the top under the sticky bar and takes the focus, for keyboard users too. A
  // folded part opens first, and is gone to when its content is in the page (its ref below).
  const pendingJump = useRef<Part | null>(null);
  const goTo = (element: HTMLElement | null) => {
    element?.scrollIntoView?.({ block: 'start' });
    element?.focus({ preventScroll: true });
  };
  const jump = (part: Part) => {
    if (FOLDED.includes(part) && !open.includes(part)) {
      toggled.current = true;
      pendingJump.current = part;
      setOpen([...open, part]);
    } else goTo(document.getElementById(parts[part]));
  };
  const arrived = (part: Part) => (element: HTMLDivElement | null) => {
    if (!element || pendingJump.current !== part) return;
    pendingJump.current = null;
    goTo(element);
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

  const content: Record<Folded, ReactElement> = {
    setup: (
      <>
        <InsertTemplates />
        <ImportPanel />
      </>
    ),
    nextCycle: <NextCyclePanel />,
  };
  // The folded parts, each an accordion item whose header says the part's name.
  const folded = (which: Folded[]) => (
    <Accordion
      multiple
      collapsible
      openItems={open}
      onToggle={(_, data) => {
        toggled.current = true;
        setOpen(data.openItems as Part[]);
      }}
    >
      {which.map((part) => (
        <AccordionItem key={part} value={part}>
          <AccordionHeader size="large">{t.parts[part]}</AccordionHeader>
          <AccordionPanel>
            <div id={parts[part]} ref={arrived(part)} className={styles.part} tabIndex={-1}>
              {content[part]}
            </div>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );

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
          {PARTS.map((key) => (
            <Button key={key} size="small" appearance="subtle" onClick={() => jump(key)}>
              {t.parts[key]}
            </Button>
          ))}
        </nav>
        {error && (
          <Notice intent="error" role="alert">
            {t.failed(error)}
          </Notice>
        )}
        {stage === 'setup' && folded(['setup'])}
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
          <CalibrationPanel sheets={outcome?.sheets ?? []} />
        </div>
        <div id={parts.feedback} className={styles.part} tabIndex={-1}>
          <FeedbackPanel />
        </div>
        {folded(stage === 'setup' ? ['nextCycle'] : ['setup', 'nextCycle'])}
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
