import { columnLetter } from './a1';
import type { InputLayout, LayoutChange } from './inputLayout';
import { fill, labels } from './labels';
import type { Lang } from './types';

/** One line per change of a sheet's input layout, columns as letters: what a person reviews before it is applied. */
export function layoutChangeLines(layout: InputLayout, firstInputCol: number, lang: Lang): string[] {
  const l = labels(lang);
  const col = (at: number) => columnLetter(firstInputCol + at);
  const line = (c: LayoutChange): string => {
    switch (c.kind) {
      case 'moved':
        return fill(l.layoutMoved, { name: c.name, from: col(c.from), to: col(c.to) });
      case 'added':
        return fill(c.own ? l.layoutAddedOwn : l.layoutAdded, { name: c.name, to: col(c.to) });
      case 'renamed':
        return fill(l.layoutRenamed, { before: c.before, name: c.name, to: col(c.to) });
      case 'kept':
        return fill(l.layoutKept, { name: c.name, to: col(c.to) });
      case 'dropped':
        return fill(l.layoutDropped, { name: c.name, from: col(c.from) });
    }
  };
  return layout.changes.map(line);
}
