import { engineBench } from './engine';
import { hostBench } from './host';
import { cliBench } from './cliScore';
import { recalcBench } from './recalc';

/** npm run bench: the engine's median times, the Office.js host's sync counts and request sizes, the command line's score end to end. */
async function run(): Promise<void> {
  for (const line of engineBench()) console.log(line);
  for (const line of await hostBench()) console.log(line);
  for (const line of cliBench()) console.log(line);
  for (const line of recalcBench()) console.log(line);
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
