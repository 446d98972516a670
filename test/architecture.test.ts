import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The layers import downwards only (core <- layout <- operations <- hosts <- pane and command line), and
 * no module imports itself back through others: an import cycle makes a module's value undefined while
 * the cycle loads, depending on which module a bundle happens to load first.
 */
const SRC = path.join(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** A module's relative imports (type-only ones too), resolved to files. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return specs.flatMap((spec) => {
    const base = path.resolve(path.dirname(file), spec);
    const found = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => fs.existsSync(f));
    return found ? [found] : [];
  });
}

/** Every import cycle, each as the modules around it (Tarjan's strongly connected components). */
export function importCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(path.relative(SRC, w));
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return cycles;
}

test('no import cycle anywhere in src', () => {
  expect(importCycles(sources(SRC))).toEqual([]);
});

test('the cycle finder finds a cycle (two modules importing each other)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cycle-'));
  fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
  fs.writeFileSync(path.join(dir, 'b.ts'), "import type { a } from './a';\nexport const b: typeof a | 1 = 1;\n");
  fs.writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a';\nexport const c = a;\n");
  const cycles = importCycles(['a.ts', 'b.ts', 'c.ts'].map((f) => path.join(dir, f)));
  expect(cycles).toHaveLength(1);
  expect(cycles[0].map((f) => path.basename(f))).toEqual(['a.ts', 'b.ts']);
});
