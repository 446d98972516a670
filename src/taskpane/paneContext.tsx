import { createContext, useContext, useState, type ReactNode } from 'react';
import type { Lang } from '../core/types';
import type { UiText } from './i18n';
import { Notice } from './Notice';
import type { PaneHost } from './types';

/** What every part of the pane shares: the host it calls, the words and language, and whether a call runs. */
export interface PaneContextValue {
  host: PaneHost;
  t: UiText;
  uiLang: Lang;
  /** A host call is running: the actions wait (Excel runs one batch at a time for us). */
  busy: boolean;
  setBusy(on: boolean): void;
  /** Selects a cell in the workbook (Go to cell); a failure is said where the user clicked. */
  selectCell(sheet: string, cell: string): void;
}

const PaneContext = createContext<PaneContextValue | null>(null);

export function PaneProvider({ value, children }: { value: PaneContextValue; children: ReactNode }) {
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('usePane outside PaneProvider');
  return value;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface HostAction {
  /**
   * Runs a host call: the pane busy meanwhile, the previous error cleared, a failure kept (Excel's own
   * errors in the user's language with what to do) for `failure` next to the control. Resolves to the
   * call's result, or undefined when it failed.
   */
  run<T>(call: () => Promise<T>): Promise<T | undefined>;
  /** This action's call is running. */
  running: boolean;
  /** Its failure, shown where the user clicked (null: none). */
  failure: ReactNode;
}

/** One control's host call: busy, its error beside it, in the pane's language. */
export function useHostAction(): HostAction {
  const { host, t, uiLang, setBusy } = usePane();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async <T,>(call: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setRunning(true);
    setError(null);
    try {
      return await call();
    } catch (e) {
      setError(e ?? new Error(String(e)));
      return undefined;
    } finally {
      setRunning(false);
      setBusy(false);
    }
  };
  // Said in the language the pane shows now, even when it was switched after the failure.
  const failure =
    error === null ? null : (
      <Notice intent="error" role="alert">
        {t.failed(host.errorText(error, uiLang) ?? messageOf(error))}
      </Notice>
    );
  return { run, running, failure };
}
