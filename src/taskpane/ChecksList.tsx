import { useId, useState, type ReactElement } from 'react';
import { Button, Link } from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, TableDismissRegular, WarningRegular } from '@fluentui/react-icons';
import { SEVERITIES, type Check, type Lang, type Severity } from '../core/types';
import { checkMessage } from '../core/messages';
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

/** Each severity's icon beside its heading (the words stay: colour and shape never carry it alone). */
const ICONS: Record<Severity, ReactElement> = {
  error: <TableDismissRegular aria-hidden />,
  problem: <ErrorCircleRegular aria-hidden />,
  warning: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

/**
 * What is wrong, in words and in the pane's language, starting with them (the cell is the link beside
 * it); a code this build does not know keeps the text it came with.
 */
function messageOf(check: Check, lang: Lang): string {
  try {
    const message = checkMessage(check, lang);
    return message.charAt(0).toUpperCase() + message.slice(1);
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
      <h3 id={heading} className={styles.subheading} style={{ display: 'flex', alignItems: 'center', gap: '4px' }}>
        {ICONS[severity]}
        {`${t.severity[severity]} (${checks.length})`}
      </h3>
      <ul className={styles.list}>
        {checks.slice(0, shown).map((check, i) => (
          <li key={`${check.sheet}!${check.cell}:${check.code}:${i}`} className={styles.checkItem}>
            <span>{messageOf(check, uiLang)}</span>
            {check.cell && (
              <Link
                as="button"
                aria-label={t.goToCellLabel(check.sheet, check.cell)}
                onClick={() => selectCell(check.sheet, check.cell)}
              >
                {/* Its visible words begin its accessible name (which adds the sheet): WCAG 2.5.3. */}
                {`${t.goToCell} ${check.cell}`}
              </Link>
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
