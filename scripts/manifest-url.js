/**
 * The manifest is written once with the development origin; a deployment is the same file with that
 * origin replaced. Used by webpack.config.js (dist/manifest.xml) and checked by test/manifest.test.ts.
 */
const { URL } = require('node:url');

const DEV_ORIGIN = 'https://localhost:3000';

/** Office loads add-ins over https only, so a production URL that is not https is a build error. */
function normaliseAddinUrl(raw) {
  if (!raw) return DEV_ORIGIN;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be https (Office refuses other add-in URLs): ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must be a base URL without query or fragment: ${raw}`);
  return url.href.replace(/\/+$/, '');
}

function rewriteManifest(xml, addinUrl) {
  return xml.split(DEV_ORIGIN).join(normaliseAddinUrl(addinUrl));
}

module.exports = { DEV_ORIGIN, normaliseAddinUrl, rewriteManifest };
