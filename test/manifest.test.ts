import fs from 'node:fs';
import path from 'node:path';

/** `Office.actions.associate('name'` or `functionCommand('name'`: the name of a registered function command. */
const REGISTERS = /(?:Office\.actions\.associate|functionCommand)\(\s*['"`]([^'"`]+)['"`]/g;

/**
 * The manifest checks `office-addin-manifest validate` would make, offline: resource ids, function
 * commands, icons, URLs and permission. Office rejects or silently drops an add-in for any of these.
 */
const ROOT = path.join(__dirname, '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_ORIGIN, normaliseAddinUrl, rewriteManifest } = require('../scripts/manifest-url') as {
  DEV_ORIGIN: string;
  normaliseAddinUrl: (raw?: string) => string;
  rewriteManifest: (xml: string, url?: string) => string;
};

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Enough XML for a manifest: elements, attributes, text; throws on a tag that does not close. */
function parseXml(xml: string): Element {
  const root: Element = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const tokens = xml.match(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<[^>]+>|[^<]+/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('<!--') || token.startsWith('<?')) continue;
    if (token.startsWith('</')) {
      const name = token.slice(2, -1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
    } else if (token.startsWith('<')) {
      const [, name, rest] = /^<([\w:.-]+)([\s\S]*?)\/?>$/.exec(token) ?? [];
      if (!name) throw new Error(`bad tag ${token}`);
      const attrs: Record<string, string> = {};
      for (const m of rest.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
        if (m[1] in attrs) throw new Error(`duplicate attribute ${m[1]} in <${name}>`);
        attrs[m[1]] = decode(m[2]);
      }
      const element: Element = { name, attrs, children: [], text: '' };
      stack[stack.length - 1].children.push(element);
      if (!token.endsWith('/>')) stack.push(element);
    } else {
      stack[stack.length - 1].text += decode(token.trim());
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  return root;
}

function all(element: Element, name?: string): Element[] {
  const found: Element[] = [];
  const walk = (e: Element) => {
    for (const child of e.children) {
      if (!name || child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

function one(element: Element, name: string): Element {
  const found = all(element, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const header = fs.readFileSync(file).subarray(0, 24);
  expect(header.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(header.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** Files webpack writes to dist/, relative to it: the HTML pages and the copied assets. */
function builtFiles(): Set<string> {
  const files = new Set(fs.readdirSync(path.join(ROOT, 'assets')).map((f) => `assets/${f}`));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const builds = require('../webpack.config.js')({}, { mode: 'production' });
  for (const plugin of builds.flatMap((b: { plugins: object[] }) => b.plugins)) {
    if (plugin.constructor.name === 'HtmlWebpackPlugin') files.add(plugin.userOptions.filename);
  }
  return files;
}

const doc = parseXml(MANIFEST);
const app = one(doc, 'OfficeApp');
const resources = one(doc, 'Resources');

/** The one direct child of that name (the manifest repeats names such as Hosts at different depths). */
function child(element: Element, name: string): Element {
  const found = element.children.filter((c) => c.name === name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${element.name}>, found ${found.length}`);
  return found[0];
}

function resource(id: string): Element {
  const found = all(resources).filter((e) => e.attrs.id === id);
  if (found.length !== 1) throw new Error(`resource ${id} is defined ${found.length} times`);
  return found[0];
}

describe('manifest.xml', () => {
  test('is a Workbook task pane add-in with a GUID id and an ExcelApi floor', () => {
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(app, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(app, 'Hosts').children.map((h) => h.attrs.Name)).toEqual(['Workbook']);
    const sets = all(child(app, 'Requirements'), 'Set');
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', '1.7']]);
  });

  test('asks for ReadWriteDocument and nothing more', () => {
    expect(all(doc, 'Permissions').map((p) => p.text)).toEqual(['ReadWriteDocument']);
  });

  test('every resid is defined in Resources, and every id once', () => {
    const used = all(doc)
      .filter((e) => e.attrs.resid)
      .map((e) => e.attrs.resid);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(() => resource(id)).not.toThrow();
    const ids = all(resources)
      .filter((e) => e.attrs.id)
      .map((e) => e.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every label and tooltip has a zh-CN translation within Office length limits', () => {
    const check = (group: string, max: number) => {
      const strings = all(one(resources, group), 'bt:String');
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) {
        const overrides = all(s, 'bt:Override');
        expect([s.attrs.id, overrides.map((o) => o.attrs.Locale)]).toEqual([s.attrs.id, ['zh-CN']]);
        for (const text of [s.attrs.DefaultValue, overrides[0].attrs.Value]) {
          expect(text.trim().length).toBeGreaterThan(0);
          expect(text.length).toBeLessThanOrEqual(max);
        }
      }
    };
    check('bt:ShortStrings', 125);
    check('bt:LongStrings', 250);
    for (const name of ['DisplayName', 'Description'])
      expect(child(app, name).children.map((o) => o.attrs.Locale)).toEqual(['zh-CN']);
  });

  test('the ribbon group on Home has Score sheet and Flagged rows (function commands) and a button that opens the pane', () => {
    const tab = one(doc, 'OfficeTab');
    expect(tab.attrs.id).toBe('TabHome');
    const controls = all(tab, 'Control').map((c) => [
      resource(one(c, 'Label').attrs.resid).attrs.DefaultValue,
      one(c, 'Action').attrs['xsi:type'],
    ]);
    expect(controls).toEqual([
      ['Score sheet', 'ExecuteFunction'],
      ['Flagged rows', 'ExecuteFunction'],
      ['Open pane', 'ShowTaskpane'],
    ]);
    const flagged = all(tab, 'Control').find((c) => c.attrs.id === 'PerfReview.FlaggedRows')!;
    expect(all(resource(one(flagged, 'Label').attrs.resid), 'bt:Override')[0].attrs.Value).toBe('标记行');
    expect(resource(child(one(tab, 'Group'), 'Label').attrs.resid).attrs.DefaultValue).toBe('Performance Review');
  });

  // A command is registered by Office.actions.associate, directly or through functionCommand (register.ts).
  test('every ExecuteFunction is registered with Office.actions.associate in src/commands', () => {
    const names = all(doc, 'Action')
      .filter((a) => a.attrs['xsi:type'] === 'ExecuteFunction')
      .map((a) => one(a, 'FunctionName').text);
    expect(names).toEqual(['scoreSheet', 'toggleFlagged']);
    const dir = path.join(ROOT, 'src', 'commands');
    const sources = fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => /\.tsx?$/.test(f))
          .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      : [];
    const registered = new Set(sources.flatMap((s) => [...s.matchAll(REGISTERS)].map((m) => m[1])));
    for (const name of names) expect([name, registered.has(name)]).toEqual([name, true]);
  });

  test("every module of src/commands that registers a command ships in the function file's bundle", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const builds = require('../webpack.config.js')({}, { mode: 'production' });
    const bundled = [builds.find((b: { entry: Record<string, unknown> }) => b.entry.commands).entry.commands]
      .flat()
      .map((p: string) => path.resolve(ROOT, p));
    const dir = path.join(ROOT, 'src', 'commands');
    const registering = fs
      .readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f) && new RegExp(REGISTERS.source).test(fs.readFileSync(path.join(dir, f), 'utf8')))
      .map((f) => path.join(dir, f));
    expect(registering.length).toBeGreaterThanOrEqual(2);
    for (const file of registering) expect([file, bundled.includes(file)]).toEqual([file, true]);
  });

  test('every icon exists as a PNG of the size that references it', () => {
    const local = (url: string) => {
      expect(url.startsWith(`${DEV_ORIGIN}/`)).toBe(true);
      return path.join(ROOT, url.slice(DEV_ORIGIN.length + 1));
    };
    const expectations: [string, number][] = [
      [child(app, 'IconUrl').attrs.DefaultValue, 32],
      [child(app, 'HighResolutionIconUrl').attrs.DefaultValue, 64],
    ];
    for (const image of all(doc, 'bt:Image').filter((e) => e.attrs.resid)) {
      expectations.push([resource(image.attrs.resid).attrs.DefaultValue, Number(image.attrs.size)]);
    }
    expect(expectations.length).toBeGreaterThanOrEqual(2 + 12);
    for (const [url, size] of expectations) {
      const file = local(url);
      expect([url, fs.existsSync(file)]).toEqual([url, true]);
      expect([url, pngSize(file)]).toEqual([url, { width: size, height: size }]);
    }
  });

  test('every URL is https on the development origin, and names a file the build writes', () => {
    const urls = all(doc)
      .flatMap((e) => [
        ...Object.entries(e.attrs)
          .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
          .map(([, value]) => value),
        e.text,
      ])
      .filter((v) => /^[a-z][\w+.-]*:\/\//i.test(v) || /localhost/.test(v));
    expect(urls.length).toBeGreaterThan(5);
    const built = builtFiles();
    for (const url of urls) {
      expect(url.startsWith('https://')).toBe(true);
      expect(url.startsWith(`${DEV_ORIGIN}/`)).toBe(true);
      const file = url.slice(DEV_ORIGIN.length + 1);
      expect([file, built.has(file)]).toEqual([file, true]);
    }
  });

  test('the production manifest has every development URL replaced by ADDIN_URL', () => {
    const production = rewriteManifest(MANIFEST, 'https://perf-review.example.com/');
    expect(production).not.toMatch(/https?:\/\/localhost/);
    expect(production.match(/https:\/\/perf-review\.example\.com\//g)?.length).toBe(
      MANIFEST.split(DEV_ORIGIN).length - 1,
    );
    expect(rewriteManifest(MANIFEST, 'https://cdn.example.com/perf/')).toContain(
      '"https://cdn.example.com/perf/taskpane.html"',
    );
    expect(rewriteManifest(MANIFEST, undefined)).toBe(MANIFEST);
    expect(() => normaliseAddinUrl('http://perf-review.example.com')).toThrow(/https/);
    expect(() => normaliseAddinUrl('perf-review.example.com')).toThrow(/not a URL/);
  });
});
