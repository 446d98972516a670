import { useId, useRef, useState } from 'react';
import { Button, Field, Textarea } from '@fluentui/react-components';
import { CsvError, decodeCsv, parseCsv, type CsvTable } from '../core/csv';
import { csvProblemText, importProblemText, importText } from '../core/importText';
import { labels } from '../core/labels';
import type { Lang } from '../core/types';
import type { UiText } from './i18n';
import { Notice } from './Notice';
import { useHostAction, usePane } from './paneContext';
import { NotAssessmentSheet } from './ResultsSummary';
import { useStyles } from './styles';
import type { ImportOutcome, ImportReport } from './types';

type Shown = { outcome: ImportOutcome; written: boolean };

/** A chosen file's bytes through FileReader: Blob.arrayBuffer is missing in Excel 2019's EdgeHTML webview. */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** What the report says of rows the import leaves alone, in the pane's language. */
function Leftovers({ t, uiLang, report }: { t: UiText; uiLang: Lang; report: ImportReport }) {
  const lines = [
    ...report.ambiguous.map((a) => t.ambiguousLine(a.line, a.employee, a.rows.join(', '), a.lines.join(', '))),
    ...report.conflicts.map((c) => importText(uiLang).conflict(c)),
    ...(report.skippedLines.length ? [t.skippedLines(report.skippedLines.join(', '))] : []),
    ...(report.summaryLines.length ? [importText(uiLang).summaryLines(report.summaryLines.join(', '))] : []),
    ...(report.missingIndicators.length ? [t.missingIndicators(report.missingIndicators.join(', '))] : []),
  ];
  return lines.length ? (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  ) : null;
}

/**
 * Import data: a CSV file (any of the encodings Chinese Excel and CRMs write) or pasted rows, the mapping
 * of its columns and what would change (nothing written), then one write through the host, with the
 * command line's engine. The preview and the import both read the sheet as it is at that moment.
 */
export function ImportPanel() {
  const { host, t, uiLang, busy, selectCell } = usePane();
  const action = useHostAction();
  const styles = useStyles();
  const ids = { heading: useId(), mapping: useId(), file: useId() };
  const picker = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; rows: CsvTable } | null>(null);
  /** Why the chosen file or the pasted rows cannot be read as CSV (a stray quote, an unclear encoding). */
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [missing, setMissing] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const l = labels(uiLang);

  /** The CSV's records, or null with the reason shown when it cannot be read. */
  const readCsv = (name: string, read: () => CsvTable): CsvTable | null => {
    try {
      setUnreadable(null);
      return read();
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      setUnreadable(csvProblemText(error.problem, name, uiLang));
      return null;
    }
  };

  const source = (): { rows: CsvTable; name: string } | null => {
    if (pasted.trim()) {
      const name = uiLang === 'zh-CN' ? '粘贴的数据' : 'pasted rows';
      const rows = readCsv(name, () => parseCsv(pasted));
      return rows ? { rows, name } : null;
    }
    return file ? { rows: file.rows, name: file.name } : null;
  };

  const run = async (write: boolean) => {
    setShown(null);
    const csv = source();
    setMissing(!pasted.trim() && !file);
    if (!csv) return;
    const outcome = await action.run(() => host.importCsv(csv.rows, csv.name, write, uiLang));
    if (outcome) setShown({ outcome, written: write });
  };

  const onFile = async (chosen: File | undefined) => {
    setShown(null);
    if (!chosen) return setFile(null);
    const bytes = await readBytes(chosen);
    const rows = readCsv(chosen.name, () => parseCsv(decodeCsv(bytes).text));
    setFile(rows ? { name: chosen.name, rows } : null);
  };

  const target = (m: ImportReport['mapping'][number]) =>
    m.field
      ? l[m.field]
      : m.indicator
        ? m.indicator + (m.factor !== 1 ? t.unitScaled(m.factor.toLocaleString('en-US')) : '')
        : t.notMatched;

  const outcome = shown?.outcome;
  const report = outcome && 'report' in outcome ? outcome.report : null;
  return (
    <section className={styles.section} aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className={styles.heading}>
        {t.importHeading}
      </h2>
      <p className={styles.note}>{t.importIntro}</p>
      {/* The browser's own file control speaks the browser's language ("Choose File"): a Fluent button in
          the pane's language opens it instead. */}
      <div role="group" aria-labelledby={ids.file}>
        <span id={ids.file} className={styles.legend}>
          {t.chooseCsv}
        </span>
        <div className={styles.row}>
          <Button disabledFocusable={busy} onClick={() => picker.current?.click()}>
            {t.chooseFile}
          </Button>
          <span className={styles.note}>{file ? t.csvFile(file.name) : t.noFileChosen}</span>
        </div>
        {missing && <span className={styles.error}>{t.noCsv}</span>}
      </div>
      <input
        ref={picker}
        type="file"
        hidden
        tabIndex={-1}
        accept=".csv,.txt,text/csv"
        onChange={(e) => void action.run(() => onFile(e.target.files?.[0]))}
      />
      <Field label={t.pasteLabel}>
        <Textarea
          value={pasted}
          onChange={(_, data) => {
            setPasted(data.value);
            setShown(null);
          }}
          rows={3}
          resize="vertical"
        />
      </Field>
      <div className={styles.row}>
        <Button disabledFocusable={busy} onClick={() => run(false)}>
          {t.previewImport}
        </Button>
        <Button
          appearance="primary"
          disabledFocusable={busy || !report || report.refused !== null || shown?.written}
          onClick={() => run(true)}
        >
          {t.runImport}
        </Button>
      </div>
      {action.failure}
      <div role="status" aria-live="polite">
        {unreadable && <Notice intent="error">{unreadable}</Notice>}
        {outcome && 'notAssessmentSheet' in outcome && (
          <NotAssessmentSheet t={t} info={outcome.notAssessmentSheet} selectCell={selectCell} />
        )}
        {report && outcome && 'sheet' in outcome && (
          <>
            {report.refused === 'no-key-column' && (
              <Notice intent="error">{t.noKeyColumn(report.headers.join(', '))}</Notice>
            )}
            {report.refused === 'no-rows' && <Notice intent="error">{t.noRows}</Notice>}
            {report.refused === 'score-first' && <Notice intent="error">{t.importScoreFirst}</Notice>}
            {report.refused === 'problems' && (
              <Notice intent="error">
                {importText(uiLang).refusedAll}
                <ul>
                  {report.problems.map((p) => (
                    <li key={importProblemText(p, uiLang)}>{importProblemText(p, uiLang)}</li>
                  ))}
                </ul>
              </Notice>
            )}
            {report.refused === null && (
              <Notice intent={shown?.written ? 'success' : 'warning'}>
                {shown?.written
                  ? outcome.written
                    ? t.didChange(report.appended, report.updated, report.unchanged, outcome.sheet)
                    : t.nothingToChange
                  : report.appended + report.updated === 0
                    ? t.nothingToChange
                    : t.willChange(report.appended, report.updated, report.unchanged)}
              </Notice>
            )}
            <Leftovers t={t} uiLang={uiLang} report={report} />
            <table className={`${styles.table} ${styles.record}`} aria-labelledby={ids.mapping}>
              <caption id={ids.mapping} className={styles.caption}>
                {t.mappingCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.columnInFile}</th>
                  <th scope="col">{t.matchedTo}</th>
                </tr>
              </thead>
              <tbody>
                {report.mapping.map((m, i) => (
                  <tr key={`${i}-${m.header}`}>
                    <th scope="row">{m.header}</th>
                    <td>{target(m)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </section>
  );
}
