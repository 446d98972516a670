import { engineBench } from './engine';
import { hostBench } from './host';

/** npm run bench: the engine's median times, then the Office.js host's sync counts and request sizes. */
async function run(): Promise<void> {
  for (const line of engineBench()) console.log(line);
  for (const line of await hostBench()) console.log(line);
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
