import { useState } from 'react';
import { Button, Field, Select } from '@fluentui/react-components';
import { translateCheck } from '../core/messages';
import { levelOf } from '../core/talentGrid';
import { TALENT_WORDS } from '../core/talentText';
import type { Check } from '../core/types';
import { Notice } from './Notice';
import { useHostAction, usePane } from './paneContext';
import { useStyles } from './styles';
import type { SelectedEmployee } from './types';

/**
 * The selected employee's Potential for the talent grid: High, Medium or Low (or none), saved into their
 * Potential cell; the box follows by formula. What the cell held is shown chosen.
 */
export function PotentialField({ employee }: { employee: SelectedEmployee }) {
  const { host, t, uiLang, busy } = usePane();
  const action = useHostAction();
  const styles = useStyles();
  const words = TALENT_WORDS.of(uiLang).levels;
  const now = levelOf(employee.potential);
  const [level, setLevel] = useState(String(now));
  const [said, setSaid] = useState('');
  const [errors, setErrors] = useState<Check[]>([]);
  const who = employee.name || employee.employeeId;

  const save = () =>
    action.run(async () => {
      const potential = level === '0' ? '' : words[Number(level) - 1];
      const outcome = await host.setPotential(
        { employee: employee.employeeId || employee.name, potential },
        employee.sheet,
        uiLang,
      );
      setErrors(outcome.errors);
      if (outcome.errors.length) return setSaid('');
      setSaid(outcome.unchanged ? t.potentialSame(who, potential) : t.potentialSaved(who, potential));
    });

  return (
    <div className={styles.section}>
      <Field label={t.potential} hint={t.potentialHint}>
        <Select value={level} onChange={(_, data) => setLevel(data.value)}>
          <option value="0">{t.noPotential}</option>
          {[3, 2, 1].map((k) => (
            <option key={k} value={String(k)}>
              {words[k - 1]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button disabledFocusable={busy} onClick={save}>
          {t.savePotential}
        </Button>
      </div>
      {action.failure}
      {errors.length > 0 && (
        <Notice intent="error" role="alert">
          <ul>
            {errors.map((c, i) => (
              <li key={i}>{translateCheck(c, uiLang).text}</li>
            ))}
          </ul>
        </Notice>
      )}
      <p role="status">{said}</p>
    </div>
  );
}
