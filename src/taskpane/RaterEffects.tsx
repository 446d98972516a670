import { useId } from 'react';
import { Link } from '@fluentui/react-components';
import { usePane } from './paneContext';
import { useStyles } from './styles';
import type { SheetSummary } from './types';

/**
 * The calibration panel's rater effects: per scored sheet, the supervisors whose qualitative scores stand
 * apart from their people's data-based ones (the Calibration sheet's rater table has every supervisor),
 * each leading to their first employee's Supervisor cell.
 */
export function RaterEffects({ sheets }: { sheets: readonly SheetSummary[] }) {
  const { t, selectCell } = usePane();
  const styles = useStyles();
  const headingId = useId();
  const scored = sheets.filter((s) => !s.blocked);
  if (scored.length === 0) return null;
  const noted = scored.flatMap((s) => s.raters.map((r) => ({ sheet: s.sheet, ...r })));
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t.raterEffectsHeading}
      </h3>
      {noted.length === 0 ? (
        <p className={styles.note}>{t.noRaterEffect}</p>
      ) : (
        <ul className={styles.note}>
          {noted.map((r) => (
            <li key={`${r.sheet}!${r.cell}`}>
              {t.raterNoted(r.supervisor, r.sheet, r.qualGap, r.quantGap, r.lenient)}{' '}
              <Link
                as="button"
                aria-label={t.goToCellLabel(r.sheet, r.cell)}
                onClick={() => selectCell(r.sheet, r.cell)}
              >
                {`${t.goToCell} ${r.cell}`}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
