import { useId, useState } from 'react';
import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { BOX_COUNT } from '../core/talentGrid';
import { TALENT_WORDS } from '../core/talentText';
import { useHostAction, usePane } from './paneContext';
import { useStyles } from './styles';
import type { SheetSummary } from './types';

const useGridStyles = makeStyles({
  // Potential's label, then three rows of boxes; performance's label under the columns.
  grid: {
    display: 'grid',
    gridTemplateColumns: 'auto repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingVerticalXXS,
    alignItems: 'stretch',
  },
  level: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, alignSelf: 'center' },
  box: { minWidth: 0, height: '100%', whiteSpace: 'normal', justifyContent: 'flex-start', textAlign: 'left' },
  axis: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, textAlign: 'center' },
});

/** The box (0-8, best first) shown in display row r (potential high to low) and column c (performance low to high). */
const boxAt = (r: number, c: number) => (2 - c) * 3 + r;

/**
 * The calibration panel's talent grid, per scored sheet: nine boxes with their counts (the grid groups
 * people, it never ranks them); choosing a box filters that sheet's Scores table to its people, choosing
 * it again shows all rows.
 */
export function TalentGrid({ sheets }: { sheets: readonly SheetSummary[] }) {
  const { host, t, uiLang, busy } = usePane();
  const action = useHostAction();
  const styles = useStyles();
  const grid = useGridStyles();
  const headingId = useId();
  const [active, setActive] = useState<{ sheet: string; box: string } | null>(null);
  const [said, setSaid] = useState('');
  const words = TALENT_WORDS.of(uiLang);
  const withGrid = sheets.filter((s) => s.grid !== null && !s.blocked);
  if (withGrid.length === 0) return null;

  const choose = (sheet: string, box: string) =>
    action.run(async () => {
      const again = active?.sheet === sheet && active.box === box;
      const outcome = await host.showBoxOnly(sheet, again ? null : box, uiLang);
      if ('notAssessmentSheet' in outcome) return;
      setActive(outcome.on ? { sheet, box } : null);
      setSaid(
        outcome.on ? t.boxFiltered(sheet, box, outcome.count) : again ? t.showingAll(sheet) : t.boxEmpty(sheet, box),
      );
    });

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {withGrid.length === 1 ? t.talentGridHeading(withGrid[0].sheet) : words.gridSheet}
      </h3>
      <p className={styles.note}>{t.talentGridIntro}</p>
      {withGrid.map((s) => {
        const boxes = s.grid!.boxes;
        return (
          <div key={s.sheet} role="group" aria-label={t.talentGridHeading(s.sheet)}>
            {withGrid.length > 1 && <p className={styles.note}>{s.sheet}</p>}
            <div className={grid.grid}>
              {[0, 1, 2].map((r) => [
                <span key={`level-${r}`} className={grid.level} aria-hidden="true">
                  {words.levels[2 - r]}
                </span>,
                ...[0, 1, 2].map((c) => {
                  const k = boxAt(r, c);
                  if (k >= BOX_COUNT) return null;
                  const box = boxes[k];
                  const pressed = active?.sheet === s.sheet && active.box === box.name;
                  return (
                    <ToggleButton
                      key={k}
                      className={grid.box}
                      size="small"
                      checked={pressed}
                      disabledFocusable={busy || box.name === ''}
                      onClick={() => choose(s.sheet, box.name)}
                    >
                      {t.boxButton(box.name, box.count)}
                    </ToggleButton>
                  );
                }),
              ])}
              <span aria-hidden="true" />
              {[0, 1, 2].map((c) => (
                <span key={`performance-${c}`} className={grid.axis} aria-hidden="true">
                  {words.levels[c]}
                </span>
              ))}
            </div>
            <p className={styles.note}>
              {words.potentialAxis} · {words.performanceAxis}
            </p>
            <p className={styles.note}>{t.countedApart(s.grid!.noPotential, s.grid!.notScored)}</p>
          </div>
        );
      })}
      {action.failure}
      <p role="status">{said}</p>
    </section>
  );
}
