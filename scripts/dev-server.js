#!/usr/bin/env node
/**
 * `npm start`: rebuilds on change (development mode, source maps) and serves dist/ at
 * https://localhost:3000, the origin manifest.xml names. Sideload manifest.xml as the README says.
 *
 * Office accepts only a trusted https certificate. The usual one is the Office add-in dev certificate
 * (`npx office-addin-dev-certs install` writes it to ~/.office-addin-dev-certs); HTTPS_CERT and
 * HTTPS_KEY point elsewhere.
 */
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');
const webpack = require('webpack');
const makeConfig = require('../webpack.config.js');
const { staticHandler } = require('./static-server');

const PORT = Number(process.env.PORT || 3000);
const certDir = path.join(os.homedir(), '.office-addin-dev-certs');
const certFile = process.env.HTTPS_CERT || path.join(certDir, 'localhost.crt');
const keyFile = process.env.HTTPS_KEY || path.join(certDir, 'localhost.key');

if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) {
  console.error(`No https certificate at ${certFile} / ${keyFile}.`);
  console.error('Run `npx office-addin-dev-certs install` once, or set HTTPS_CERT and HTTPS_KEY.');
  process.exit(1);
}

const builds = makeConfig({}, { mode: 'development' });
const served = builds[0].output.path;
webpack(builds).watch({ aggregateTimeout: 300 }, (err, stats) => {
  if (err) console.error(err);
  else console.log(stats.toString({ colors: true, modules: false, assets: false, chunks: false }));
});

https
  .createServer({ cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) }, staticHandler({ '/': served }))
  .listen(PORT, 'localhost', () => console.log(`Serving ${served} at https://localhost:${PORT}/taskpane.html`));
