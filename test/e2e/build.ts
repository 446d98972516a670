import path from 'node:path';
import webpack, { type Configuration } from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (
  env: Record<string, string>,
  argv: { mode: string },
) => Configuration[];

/**
 * The production build of the pane exactly as `npm run build` makes it (into outDir/site, so a test run
 * never replaces a dist/ someone is deploying), and the fake Excel bundled for the page.
 */
export async function buildForE2e(outDir: string): Promise<{ site: string; fakeScript: string }> {
  const site = path.join(outDir, 'site');
  const builds = makeConfig({ outputPath: site }, { mode: 'production' });
  const pane = builds.find((b) => b.name === 'pane')!;
  const fake: Configuration = {
    mode: 'production',
    devtool: false,
    target: pane.target,
    entry: { 'fake-excel': path.join(__dirname, 'pageFake.ts') },
    output: { path: path.join(outDir, 'fake'), filename: '[name].js', clean: true },
    resolve: pane.resolve,
    module: pane.module,
  };
  const stats = await new Promise<webpack.MultiStats>((resolve, reject) =>
    webpack([...builds, fake], (err, result) =>
      err || !result ? reject(err ?? new Error('webpack gave no result')) : resolve(result),
    ),
  );
  if (stats.hasErrors()) throw new Error(`webpack build failed:\n${stats.toString({ all: false, errors: true })}`);
  return { site, fakeScript: path.join(outDir, 'fake', 'fake-excel.js') };
}
