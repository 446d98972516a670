import { performance } from 'node:perf_hooks';
import { scoreActiveSheet } from '../src/hosts/officejs';
import { assessmentWorkbook } from '../test/officejs/workbooks';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Score sheet through the Office.js host against the fake Excel, for 10 / 1,000 / 10,000 / 50,000 employees x 8
 * indicators: syncs, largest request and response, wall time (split into the host with the engine, and
 * the fake carrying out the requests; real Excel's time is not measured here). Next to it, what a host
 * making one sync per employee row would need: the rows plus the same fixed reads.
 */
export async function hostBench(): Promise<string[]> {
  const lines: string[] = [];
  for (const count of [10, 1000, 10000, 50000]) {
    const wb = await assessmentWorkbook(count);
    try {
      const start = performance.now();
      const outcome = await scoreActiveSheet('en-US');
      const wall = performance.now() - start;
      const { stats } = wb.fake;
      const fake = stats.requests.reduce((t, r) => t + r.ms, 0);
      const perRow = count + stats.syncs - 1;
      lines.push(
        `office.js host ${String(count).padStart(6)} employees x 8 indicators: ${stats.syncs} syncs (one per row: ${perRow}), ` +
          `largest request ${kb(stats.largestRequestBytes)}, largest response ${kb(stats.largestResponseBytes)}, ` +
          `${s(wall)} (host and engine ${s(wall - fake)}, fake Excel ${s(fake)}), ${outcome.sheets[0].scored} scored`,
      );
    } finally {
      wb.uninstall();
    }
  }
  return lines;
}
