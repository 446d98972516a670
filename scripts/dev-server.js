#!/usr/bin/env node
/**
 * `npm run dev-server` (which `npm start` runs through office-addin-debugging before it sideloads the
 * add-in): rebuilds on change (development mode, source maps) into .dev-build/ and serves it at
 * https://localhost:3000, the origin manifest.xml names (package.json config.dev_server_port). dist/
 * stays as `npm run build` wrote it. Ctrl+C (or SIGTERM from `npm stop`) stops the watcher and frees
 * the port.
 *
 * Office accepts only a trusted https certificate: the Office add-in dev certificate, generated and
 * trusted by office-addin-dev-certs (as the yo office template does; on the first run it asks to
 * install its CA). Where the CA cannot be installed (no administrator rights, Linux) the certificate
 * files it wrote are used anyway; HTTPS_CERT and HTTPS_KEY point elsewhere.
 */
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');
const webpack = require('webpack');
const makeConfig = require('../webpack.config.js');
const { staticHandler } = require('./static-server');

const PORT = Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000);
const certDir = path.join(os.homedir(), '.office-addin-dev-certs');
const certFile = process.env.HTTPS_CERT || path.join(certDir, 'localhost.crt');
const keyFile = process.env.HTTPS_KEY || path.join(certDir, 'localhost.key');

async function httpsOptions() {
  if (!process.env.HTTPS_CERT && !process.env.HTTPS_KEY) {
    try {
      return await require('office-addin-dev-certs').getHttpsServerOptions();
    } catch (error) {
      console.error(`office-addin-dev-certs: ${error instanceof Error ? error.message : error}`);
    }
  }
  if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) {
    console.error(`No https certificate at ${certFile} / ${keyFile}.`);
    console.error('Run `npx office-addin-dev-certs install` once, or set HTTPS_CERT and HTTPS_KEY.');
    process.exit(1);
  }
  return { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) };
}

/** The development build's folder: never dist/, whose production build `npm run size` and deployments use. */
const served = path.resolve(process.env.DEV_BUILD_DIR || path.join(__dirname, '..', '.dev-build'));
const builds = makeConfig({ outputPath: served }, { mode: 'development' });
const watching = webpack(builds).watch({ aggregateTimeout: 300 }, (err, stats) => {
  if (err) console.error(err);
  else console.log(stats.toString({ colors: true, modules: false, assets: false, chunks: false }));
});

let server = null;
httpsOptions().then((options) => {
  server = https
    .createServer(options, staticHandler({ '/': served }))
    .listen(PORT, 'localhost', () => console.log(`Serving ${served} at https://localhost:${PORT}/taskpane.html`));
});

/** Ctrl+C, or npm stopping the script: stop watching, close the port, exit. */
function stop() {
  watching.close(() => undefined);
  if (server) {
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
  }
  // Whatever still holds on (a slow build) does not keep the port busy.
  global.setTimeout(() => process.exit(0), 2000).unref();
  if (!server) process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
