import { useId, useState } from 'react';
import { Button } from '@fluentui/react-components';
import { SEVERITIES, type Check, type Lang, type Severity } from '../core/types';
import { translateCheck } from '../core/messages';
import type { UiText } from './i18n';
import { useStyles } from './styles';

/** A sheet of 10,000 people can yield thousands of checks; the pane shows them a page at a time. */
export const PAGE = 50;

export interface ChecksListProps {
  t: UiText;
  uiLang: Lang;
  checks: Check[];
  selectCell: (sheet: string, cell: string) => void;
}

/** The check in the pane's language; a code this build does not know keeps the text it came with. */
function textOf(check: Check, lang: Lang): string {
  try {
    return translateCheck(check, lang).text;
  } catch {
    return check.text;
  }
}

function Group({ t, uiLang, severity, checks, selectCell }: ChecksListProps & { severity: Severity }) {
  const styles = useStyles();
  const heading = useId();
  const [shown, setShown] = useState(PAGE);
  return (
    <section className={styles.section} aria-labelledby={heading}>
      <h3 id={heading} className={styles.subheading}>
        {t.severity[severity]} ({checks.length})
      </h3>
      <ul className={styles.list}>
        {checks.slice(0, shown).map((check, i) => (
          <li key={`${check.sheet}!${check.cell}:${check.code}:${i}`} className={styles.checkItem}>
            <span>{textOf(check, uiLang)}</span>
            {check.cell && (
              <Button
                size="small"
                aria-label={t.goToCellLabel(check.sheet, check.cell)}
                onClick={() => selectCell(check.sheet, check.cell)}
              >
                {t.goToCell}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {checks.length > shown && (
        <div>
          <Button appearance="subtle" onClick={() => setShown(shown + PAGE)}>
            {t.showMore(Math.min(PAGE, checks.length - shown))}
          </Button>
        </div>
      )}
    </section>
  );
}

/** Checks grouped by severity, most serious first, each with a button that selects its cell in Excel. */
export function ChecksList(props: ChecksListProps) {
  const styles = useStyles();
  const heading = useId();
  const { t, checks } = props;
  return (
    <section className={styles.section} aria-labelledby={heading}>
      <h2 id={heading} className={styles.heading}>
        {t.checksHeading}
      </h2>
      {checks.length === 0 && <p>{t.noChecks}</p>}
      {SEVERITIES.map((severity) => {
        const group = checks.filter((c) => c.severity === severity);
        return group.length > 0 && <Group key={severity} {...props} severity={severity} checks={group} />;
      })}
    </section>
  );
}
