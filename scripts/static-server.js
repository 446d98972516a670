/**
 * A static file handler for dist/ and friends: the end-to-end test serves the built pane with it over
 * http on 127.0.0.1, and `npm start` over https on localhost:3000 (Office loads add-ins over https only).
 * Mounts map a URL prefix to a directory; nothing outside a mount is ever read.
 */
const fs = require('node:fs');
const path = require('node:path');
const { URL } = require('node:url');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** mounts: { '/': '/abs/dist', '/office-js/': '/abs/node_modules/@microsoft/office-js/dist' } */
function staticHandler(mounts) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  return (req, res) => {
    let url;
    let decoded;
    try {
      url = new URL(req.url, 'http://localhost');
      decoded = decodeURIComponent(url.pathname);
    } catch {
      decoded = null;
    }
    // A bad % escape or a NUL byte names no file: said as such, never a crash of the server.
    if (decoded === null || decoded.includes('\0')) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('bad request path');
      return;
    }
    const prefix = prefixes.find((p) => url.pathname.startsWith(p));
    let file = null;
    if (prefix && (req.method === 'GET' || req.method === 'HEAD')) {
      const root = path.resolve(mounts[prefix]);
      const relative = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
      const candidate = path.resolve(root, relative);
      // No "../" escapes from the mount.
      if (candidate === root || candidate.startsWith(root + path.sep)) file = candidate;
    }
    fs.stat(file ?? '', (err, stat) => {
      if (!file || err || !stat.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': stat.size,
        // Office caches add-in files aggressively; during development a stale bundle is the usual confusion.
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
}

module.exports = { staticHandler };
