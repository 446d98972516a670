/**
 * Builds the task pane and the ribbon's function file into dist/, with the assets and a manifest whose
 * development origin is replaced by ADDIN_URL (`ADDIN_URL=https://perf-review.example.com npm run build`).
 * Production is the default mode; `--mode development` keeps source maps for debugging in Office.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifest } = require('./scripts/manifest-url');

/** Office requires its API script from Microsoft's CDN: an add-in may not bundle or self-host office.js. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>html, body { margin: 0; padding: 0; }</style>
<script src="${OFFICE_JS}"></script>
</head>
<body>${body}</body>
</html>
`;
}

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode || 'production') === 'production';
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, 'dist');
  const addinUrl = env.addinUrl || process.env.ADDIN_URL || '';
  return {
    mode: production ? 'production' : 'development',
    // No source maps in production: smaller dist, and no source shipped to every user.
    devtool: production ? false : 'source-map',
    // Also tells webpack's runtime and the minifier not to emit newer syntax than the loaders produce.
    target: ['web', 'es2017'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      // One function file for every ribbon command: each module registers its own with Office.actions.associate.
      commands: ['./src/commands/commands.ts', './src/commands/flagged.ts'],
    },
    output: {
      path: outputPath,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, 'tsconfig.json'),
            // ES modules so webpack can drop the Fluent UI components the pane does not use (tsconfig.json
            // says commonjs for jest and the CLI); ES2017 so the output parses in Excel 2019's EdgeHTML webview.
            compilerOptions: { module: 'es2020', target: 'es2017', sourceMap: !production },
          },
        },
        {
          // React 19 and Fluent ship ES2020 syntax (?? and ?.); Excel 2019 on Windows runs the pane in
          // EdgeHTML 18, which cannot parse it. Their syntax is lowered too (not their APIs: see README).
          test: /\.[cm]?js$/,
          include: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, 'tsconfig.json'),
            compilerOptions: { allowJs: true, module: 'es2020', target: 'es2017', sourceMap: false },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        templateContent: page('Performance Review', '<div id="root"></div>'),
      }),
      // The function file has no UI: Office loads it hidden to run the ribbon's Score sheet and Flagged rows.
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        chunks: ['commands'],
        templateContent: page('Performance Review commands', ''),
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
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 1024 * 1024, maxAssetSize: 1024 * 1024 },
  };
};
