import { useId } from 'react';
import { Button, Link } from '@fluentui/react-components';
import type { UiText } from './i18n';
import type { ScoreOutcome, SheetSummary } from './types';
import { GradeBars } from './GradeBars';
import { Notice } from './Notice';
import { useStyles } from './styles';

export interface ResultsSummaryProps {
  t: UiText;
  outcome: ScoreOutcome;
  selectCell: (sheet: string, cell: string) => void;
}

/** Totals over every scored sheet: the one sentence a screen reader announces after a run. */
export function announcement(t: UiText, sheets: SheetSummary[]): string {
  const sum = (pick: (s: SheetSummary) => number) => sheets.reduce((n, s) => n + pick(s), 0);
  return t.resultsAnnouncement(
    sheets.length,
    sum((s) => s.scored),
    sum((s) => s.incomplete),
    sum((s) => s.flagged),
  );
}

function SheetResult({
  t,
  summary,
  selectCell,
}: {
  t: UiText;
  summary: SheetSummary;
  selectCell: ResultsSummaryProps['selectCell'];
}) {
  const styles = useStyles();
  const heading = useId();
  // A figure with rows behind it leads to the first of them (its Status or Flag reason cell).
  const figure = (count: number, cell: string | null) =>
    cell && count > 0 ? (
      <Link as="button" aria-label={t.firstRowLabel(count, cell)} onClick={() => selectCell(summary.sheet, cell)}>
        {count}
      </Link>
    ) : (
      count
    );
  return (
    <section className={styles.section} aria-labelledby={heading}>
      <h3 id={heading} className={styles.subheading}>
        {summary.sheet}
      </h3>
      {summary.blocked && <Notice intent="error">{t.blocked}</Notice>}
      <dl className={styles.counts}>
        <dt>{t.scored}</dt>
        <dd>{summary.scored}</dd>
        <dt>{t.incomplete}</dt>
        <dd>{figure(summary.incomplete, summary.firstCells.incomplete)}</dd>
        <dt>{t.flagged}</dt>
        <dd>{figure(summary.flagged, summary.firstCells.flagged)}</dd>
      </dl>
      {summary.byGrade.length > 0 ? (
        <GradeBars t={t} summary={summary} labelledBy={heading} />
      ) : (
        !summary.blocked && <p>{t.noScoredYet}</p>
      )}
    </section>
  );
}

/** Scoring (or filtering) on a sheet that is not an assessment sheet: say so, and offer the ones that are. */
export function NotAssessmentSheet({
  t,
  info,
  selectCell,
}: {
  t: UiText;
  info: NonNullable<ScoreOutcome['notAssessmentSheet']>;
  selectCell: ResultsSummaryProps['selectCell'];
}) {
  const styles = useStyles();
  return (
    <Notice intent="warning">
      <p>{t.notAssessment(info.active)}</p>
      {info.assessmentSheets.length > 0 ? (
        <>
          <p>{t.assessmentSheetsAre}</p>
          <ul className={styles.list}>
            {info.assessmentSheets.map((sheet) => (
              <li key={sheet}>
                <Button size="small" onClick={() => selectCell(sheet, 'A1')}>
                  {t.goToSheet(sheet)}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.noAssessmentSheets}</p>
      )}
    </Notice>
  );
}

/** Per-sheet results; the section heading and the live announcement belong to the App, which always renders them. */
export function ResultsSummary({ t, outcome, selectCell }: ResultsSummaryProps) {
  return (
    <>
      {outcome.notAssessmentSheet && (
        <NotAssessmentSheet t={t} info={outcome.notAssessmentSheet} selectCell={selectCell} />
      )}
      {outcome.sheets.map((summary) => (
        <SheetResult key={summary.sheet} t={t} summary={summary} selectCell={selectCell} />
      ))}
    </>
  );
}
