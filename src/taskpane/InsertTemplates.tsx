import { useId, useState } from 'react';
import { Button, Checkbox, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { LANGS, type Lang } from '../core/types';
import { PRESETS, ROLE_IDS, type RoleId } from '../core/presets';
import { useHostAction, usePane } from './paneContext';
import { Notice } from './Notice';
import { useStyles } from './styles';

/** Roles, sheet language and cycle, then one button; the host never overwrites a sheet, so reporting its names is enough. */
export function InsertTemplates() {
  const { host, t, uiLang, busy } = usePane();
  const action = useHostAction();
  const styles = useStyles();
  const ids = { heading: useId(), roleError: useId() };
  const [roles, setRoles] = useState<RoleId[]>(['channel']);
  // null: the sheets follow the pane's language until the user picks one.
  const [sheetLang, setSheetLang] = useState<Lang | null>(null);
  const [cycle, setCycle] = useState('');
  const [missingRole, setMissingRole] = useState(false);
  const [added, setAdded] = useState<string[] | null>(null);

  const toggle = (role: RoleId, on: boolean) => {
    setMissingRole(false);
    setRoles((current) => ROLE_IDS.filter((r) => (r === role ? on : current.includes(r))));
  };

  const submit = async () => {
    if (roles.length === 0) {
      setMissingRole(true);
      return;
    }
    setAdded(null);
    const plan = await action.run(() =>
      host.insertTemplates({ lang: sheetLang ?? uiLang, roles, cycle: cycle.trim() }),
    );
    if (plan) setAdded(plan.sheets.map((s) => s.sheet));
  };

  return (
    <section className={styles.section} aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className={styles.heading}>
        {t.insertHeading}
      </h2>
      <fieldset className={styles.fieldset} aria-describedby={missingRole ? ids.roleError : undefined}>
        <legend className={styles.legend}>{t.roles}</legend>
        {ROLE_IDS.map((role) => (
          <Checkbox
            key={role}
            label={PRESETS[role].title[uiLang]}
            checked={roles.includes(role)}
            onChange={(_, data) => toggle(role, data.checked === true)}
          />
        ))}
        {missingRole && (
          <span id={ids.roleError} role="alert" className={styles.error}>
            {t.noRole}
          </span>
        )}
      </fieldset>
      <Field label={t.templateLanguage}>
        <RadioGroup
          layout="horizontal"
          value={sheetLang ?? uiLang}
          onChange={(_, data) => setSheetLang(data.value as Lang)}
        >
          {LANGS.map((lang) => (
            <Radio key={lang} value={lang} label={t.langNames[lang]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.cycle}>
        <Input value={cycle} placeholder={t.cyclePlaceholder} onChange={(_, data) => setCycle(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={busy} onClick={submit}>
          {action.running ? t.inserting : t.insertButton}
        </Button>
      </div>
      {action.failure}
      <div role="status">
        {added && <Notice intent="success">{added.length ? t.inserted(added) : t.insertedNothing}</Notice>}
      </div>
    </section>
  );
}
