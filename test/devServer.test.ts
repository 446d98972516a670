/**
 * `npm run dev-server` as a developer runs it: it serves the development build over https from a folder
 * of its own (dist/ keeps what `npm run build` wrote), answers a malformed path with 400 instead of
 * crashing, and Ctrl+C stops it and frees the port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

/** Every file of dist/ with its hash (empty when there is none). */
function fingerprint(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = crypto.createHash('sha1').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function get(port: number, urlPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get({ host: 'localhost', port, path: urlPath, rejectUnauthorized: false }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

let server: ChildProcess | undefined;
afterAll(() => server?.kill('SIGKILL'));

test('serves its own development build, leaves dist/ alone, answers bad paths with 400, stops on Ctrl+C', async () => {
  const certs = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-review-certs-'));
  await generateCertificates(
    path.join(certs, 'ca.crt'),
    path.join(certs, 'localhost.crt'),
    path.join(certs, 'localhost.key'),
    1,
  );
  const devBuild = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-review-dev-build-'));
  const before = fingerprint(DIST);
  const port = await freePort();
  server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'dev-server.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HTTPS_CERT: path.join(certs, 'localhost.crt'),
      HTTPS_KEY: path.join(certs, 'localhost.key'),
      DEV_BUILD_DIR: devBuild,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
  // Serving, and the first development build written.
  for (let waited = 0; waited < 150_000; waited += 250) {
    if (/Serving/.test(output) && fs.existsSync(path.join(devBuild, 'taskpane.js'))) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  for (let waited = 0; waited < 30_000; waited += 250) {
    if ((await get(port, '/taskpane.html').catch(() => ({ status: 0 }))).status === 200) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const page = await get(port, '/taskpane.html');
  expect(page.status).toBe(200);
  // The development bundle (no content hash in its name), from the dev-server's own folder.
  expect(page.body).toContain('taskpane.js');
  for (const bad of ['/%00', '/%E0%A4%A', '/%', '/..%2F..%2Fpackage.json'])
    expect((await get(port, bad)).status).toBeGreaterThanOrEqual(400);
  expect((await get(port, '/taskpane.html')).status).toBe(200);
  expect(fingerprint(DIST)).toEqual(before);

  server.kill('SIGINT');
  expect(await exited).toBe(0);
  // The port is free again.
  await new Promise<void>((resolve, reject) => {
    const s = net
      .createServer()
      .once('error', reject)
      .listen(port, 'localhost', () => s.close(() => resolve()));
  });
}, 240_000);
