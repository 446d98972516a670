import { makeStyles, tokens } from '@fluentui/react-components';
import { gradeColour, gradeTextColour } from '../core/gradeColours';
import type { UiText } from './i18n';
import type { SheetSummary } from './types';

const useBarStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: 'middle' },
  // The grade and the count as wide as their words; the share and its bar take the rest.
  grade: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  /** The share in figures, its bar under it. */
  shareCell: { textAlign: 'left', width: '100%', fontVariantNumeric: 'tabular-nums' },
  track: {
    position: 'relative',
    marginTop: tokens.spacingVerticalXXS,
    height: '14px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: { position: 'absolute', left: 0, top: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  /** The Rules' target share: a dark tick across the track, named in the row's text too. */
  target: {
    position: 'absolute',
    top: '-3px',
    bottom: '-3px',
    width: '3px',
    backgroundColor: tokens.colorNeutralForeground1,
  },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * One sheet's grade distribution as a small chart that is also a table: each grade's word in its colour,
 * the count, the share with a bar in the grade's colour under it (the same four as the sheets and the charts),
 * the Rules' target share as a tick on the bar and in words. Screen readers read the table; the bars
 * are drawing only.
 */
export function GradeBars({ t, summary, labelledBy }: { t: UiText; summary: SheetSummary; labelledBy: string }) {
  const styles = useBarStyles();
  const bands = summary.byGrade.length;
  const total = summary.byGrade.reduce((n, g) => n + g.count, 0);
  return (
    <table className={styles.table} aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col" className={`${styles.cell} ${styles.grade}`}>
            {t.grade}
          </th>
          <th scope="col" className={`${styles.cell} ${styles.number}`}>
            {t.count}
          </th>
          <th scope="col" className={`${styles.cell} ${styles.shareCell}`}>
            {t.share}
          </th>
        </tr>
      </thead>
      <tbody>
        {summary.byGrade.map((g) => {
          const share = total > 0 ? g.count / total : 0;
          return (
            <tr key={g.grade}>
              <th
                scope="row"
                className={`${styles.cell} ${styles.grade}`}
                style={{ color: `#${gradeTextColour(g.band, bands)}` }}
              >
                {g.grade}
              </th>
              <td className={`${styles.cell} ${styles.number}`}>{g.count}</td>
              <td className={`${styles.cell} ${styles.shareCell}`}>
                {Math.round(share * 100)}%
                {g.target !== null && <div className={styles.note}>{t.targetShare(g.target)}</div>}
                <div className={styles.track} aria-hidden="true">
                  <div
                    className={styles.bar}
                    style={{ width: `${share * 100}%`, backgroundColor: `#${gradeColour(g.band, bands)}` }}
                  />
                  {g.target !== null && (
                    <div className={styles.target} style={{ left: `calc(${Math.min(g.target, 100)}% - 1px)` }} />
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
