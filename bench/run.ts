import { engineBench } from './engine';
import { hostBench } from './host';
import { cliBench } from './cliScore';
import { recalcBench } from './recalc';

/** The parts of the bench, each runnable alone: `npm run bench -- engine` (the whole bench takes minutes). */
const PARTS: Record<string, () => string[] | Promise<string[]>> = {
  engine: engineBench,
  host: hostBench,
  cli: cliBench,
  recalc: recalcBench,
};

/** npm run bench [-- PART...]: the engine's median times, the Office.js host's sync counts and request sizes, the command line's score end to end, LibreOffice's recalculation. */
async function run(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((p) => !(p in PARTS));
  if (unknown.length) {
    console.error(`unknown bench part ${unknown.join(', ')}; parts: ${Object.keys(PARTS).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  for (const part of asked.length ? asked : Object.keys(PARTS))
    for (const line of await PARTS[part]()) console.log(line);
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
