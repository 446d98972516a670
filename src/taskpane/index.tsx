/// <reference types="office-js" />
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import {
  calibrateEmployee,
  setPotential,
  draftPlans,
  importCsv,
  insertTemplates,
  officeDisplayLanguage,
  officeErrorText,
  scoreActiveSheet,
  scoreAllSheets,
  selectCell,
  selectedEmployee,
  showBoxOnly,
  showFlaggedOnly,
  startNextCycle,
  workbookStage,
} from '../hosts/officejs';
import { App } from './App';
import { UI } from './i18n';
import { themeFor } from './theme';
import { needsLegacyPage } from './webview';
import type { PaneHost } from './types';

const host: PaneHost = {
  insertTemplates,
  scoreActiveSheet,
  scoreAllSheets,
  selectCell,
  showBoxOnly,
  showFlaggedOnly,
  selectedEmployee,
  calibrateEmployee,
  setPotential,
  importCsv,
  draftPlans,
  workbookStage,
  errorText: officeErrorText,
  // The new workbook's Cycle log names this file when Office says which it is.
  startNextCycle: (cycle, lang) =>
    startNextCycle(cycle, lang, Office.context?.document?.url?.split(/[\\/]/).pop() ?? undefined),
};

function browserLang(): Lang {
  return /^zh/i.test(navigator.language) ? 'zh-CN' : 'en-US';
}

/** Office's display language when Office says; the browser's otherwise (a page opened outside Office). */
function startLang(): Lang {
  try {
    return officeDisplayLanguage();
  } catch {
    return browserLang();
  }
}

function officeTheme(): Office.OfficeTheme | undefined {
  try {
    return Office.context?.officeTheme;
  } catch {
    // Hosts without theme support throw instead of returning undefined.
    return undefined;
  }
}

function start(): void {
  // Internet Explorer and EdgeHTML: the legacy page (legacy.ts, loaded first) has said what works there.
  if (needsLegacyPage(navigator.userAgent)) return;
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // The Excel namespace is there inside Excel, or when a test installed a fake Excel before the page ran.
  if (typeof Excel === 'undefined') {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <main>
          <p>{UI[browserLang()].needsExcel}</p>
        </main>
      </FluentProvider>,
    );
    return;
  }
  root.render(<App host={host} initialLang={startLang()} theme={themeFor(officeTheme())} />);
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => start());
} else {
  start();
}
