import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { NotAssessmentSheet } from './ResultsSummary';
import { useHostAction, usePane } from './paneContext';
import { useStyles } from './styles';

type FilterState =
  | { kind: 'filtered'; sheet: string; flagged: number }
  | { kind: 'all'; sheet: string }
  | { kind: 'none'; sheet: string }
  | { kind: 'notAssessment'; info: { active: string; assessmentSheets: string[] } };

/** "Show flagged rows only" / "Show all rows" on the active sheet's Scores table, and what it did. */
export function FlaggedFilter() {
  const { host, t, uiLang, busy, selectCell } = usePane();
  const action = useHostAction();
  const styles = useStyles();
  const [filter, setFilter] = useState<FilterState | null>(null);
  const run = action.run;

  const toggleFilter = () =>
    run(async () => {
      const on = filter?.kind !== 'filtered';
      const outcome = await host.showFlaggedOnly(on, uiLang);
      if ('notAssessmentSheet' in outcome) {
        setFilter({ kind: 'notAssessment', info: outcome.notAssessmentSheet });
        return;
      }
      setFilter(
        outcome.on
          ? { kind: 'filtered', sheet: outcome.sheet, flagged: outcome.flagged }
          : on
            ? { kind: 'none', sheet: outcome.sheet }
            : { kind: 'all', sheet: outcome.sheet },
      );
    });

  return (
    <>
      <div className={styles.row}>
        <Button disabledFocusable={busy} onClick={toggleFilter}>
          {filter?.kind === 'filtered' ? t.showAll : t.showFlagged}
        </Button>
      </div>
      {action.failure}
      <div role="status">
        {filter?.kind === 'notAssessment' ? (
          <NotAssessmentSheet t={t} info={filter.info} selectCell={selectCell} />
        ) : (
          filter && (
            <p className={styles.note}>
              {filter.kind === 'filtered'
                ? t.filteredTo(filter.sheet, filter.flagged)
                : filter.kind === 'all'
                  ? t.showingAll(filter.sheet)
                  : t.noneFlagged(filter.sheet)}
            </p>
          )
        )}
      </div>
    </>
  );
}
