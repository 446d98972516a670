/**
 * Builds the task pane and the ribbon's function file into dist/, with the assets and a manifest whose
 * development origin is replaced by ADDIN_URL (`ADDIN_URL=https://perf-review.example.com npm run build`).
 * Production is the default mode; `--mode development` keeps source maps for debugging in Office.
 */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');
const { rewriteManifest } = require('./scripts/manifest-url');

/** Office requires its API script from Microsoft's CDN: an add-in may not bundle or self-host office.js. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function page(title, body, script) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>html, body { margin: 0; padding: 0; }</style>
<script src="${OFFICE_JS}"></script>
${script ? `<script src="${script}"></script>\n` : ''}</head>
<body>${body}</body>
</html>
`;
}

/** TypeScript through ts-loader, lowered to `target` (the syntax; the APIs are polyfilled or avoided). */
function typescriptRules(target, production) {
  const compilerOptions = { module: 'es2020', target, sourceMap: !production, downlevelIteration: target === 'es5' };
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      loader: 'ts-loader',
      // ES modules so webpack can drop the Fluent UI components the pane does not use (tsconfig.json says
      // commonjs for jest and the CLI).
      options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.json'), compilerOptions },
    },
    {
      // React 19 and Fluent ship ES2020 syntax (?? and ?.); Excel 2019 on Windows runs the pane in
      // EdgeHTML 18, which cannot parse it. Their syntax is lowered too (not their APIs: see README).
      test: /\.[cm]?js$/,
      include: /node_modules/,
      exclude: /node_modules[\\/]core-js/,
      loader: 'ts-loader',
      options: {
        transpileOnly: true,
        configFile: path.resolve(__dirname, 'tsconfig.json'),
        compilerOptions: { ...compilerOptions, allowJs: true, sourceMap: false },
      },
    },
  ];
}

/**
 * Two builds into one folder. The function file (the ribbon's Score sheet and Flagged rows) and the
 * pane's fallback page are ES5 with polyfills: Excel 2019 volume-licensed runs add-ins in Internet
 * Explorer 11, which parses nothing newer. The task pane itself is ES2017 (React 19 and Fluent v9 need
 * a modern webview; in Internet Explorer the fallback page says so). The ES5 build runs first and
 * empties the folder; the pane build, which depends on it, adds its files.
 */
/**
 * The .xlsx package host deflates with Node's zlib; in the browser (the pane builds the next cycle's
 * workbook) it uses fflate: src/hosts/xlsx/deflate.browser.ts takes the place of deflate.ts.
 */
const browserDeflate = () =>
  new webpack.NormalModuleReplacementPlugin(/^\.\/deflate$/, (resource) => {
    if (/[\\/]hosts[\\/]xlsx$/.test(resource.context)) resource.request = './deflate.browser';
  });

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode || 'production') === 'production';
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, 'dist');
  const addinUrl = env.addinUrl || process.env.ADDIN_URL || '';
  const common = {
    mode: production ? 'production' : 'development',
    // No source maps in production: smaller dist, and no source shipped to every user.
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 1024 * 1024, maxAssetSize: 1024 * 1024 },
  };
  const filename = production ? '[name].[contenthash:8].js' : '[name].js';
  const es5 = {
    ...common,
    name: 'es5',
    // Also tells webpack's runtime and the minifier not to emit newer syntax than ES5.
    target: ['web', 'es5'],
    entry: {
      // One function file for every ribbon command: each module registers its own with Office.actions.associate.
      commands: ['./src/commands/polyfills.ts', './src/commands/commands.ts', './src/commands/flagged.ts'],
      legacy: './src/taskpane/legacy.ts',
      notice: './src/commands/noticePage.ts',
    },
    // Emptied in production builds only: in watch mode both builds rebuild separately.
    output: { path: outputPath, filename, clean: production },
    module: { rules: typescriptRules('es5', production) },
    plugins: [
      browserDeflate(),
      // The function file has no UI: Office loads it hidden to run the ribbon's Score sheet and Flagged rows.
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        chunks: ['commands'],
        templateContent: page('Performance Review commands', ''),
      }),
      // The ribbon commands' message dialog (src/commands/notice.ts).
      new HtmlWebpackPlugin({
        filename: 'notice.html',
        chunks: ['notice'],
        templateContent: page(
          'Performance Review',
          "<main style=\"font-family: 'Segoe UI', 'Microsoft YaHei', sans-serif; padding: 16px; line-height: 1.5\">" +
            '<p id="message"></p><button id="ok" type="button" style="min-width: 80px">OK</button></main>',
        ),
      }),
    ],
  };
  const pane = {
    ...common,
    name: 'pane',
    dependencies: ['es5'],
    target: ['web', 'es2017'],
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: { path: outputPath, filename, clean: false },
    module: { rules: typescriptRules('es2017', production) },
    plugins: [
      browserDeflate(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        // The fallback page's script (built by the ES5 build, which has run by now) comes first, classic
        // and ES5, so Internet Explorer runs it although it cannot parse the pane's own bundle.
        templateContent: () => page('Performance Review', '<div id="root"></div>', builtFile(outputPath, 'legacy')),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString('utf8'), addinUrl),
          },
        ],
      }),
    ],
  };
  return [es5, pane];
};

/** The emitted file of an entry of the ES5 build ("legacy.1a2b3c4d.js" in production). */
function builtFile(dir, entry) {
  const found = fs.readdirSync(dir).find((f) => new RegExp(`^${entry}(\\.[0-9a-f]{8})?\\.js$`).test(f));
  if (!found) throw new Error(`the ES5 build wrote no ${entry} script to ${dir}`);
  return found;
}
