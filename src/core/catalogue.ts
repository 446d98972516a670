import type { Lang } from './types';

/**
 * The one way words are kept, for every audience (workbook labels, check messages, the pane, the command
 * line, host errors): an English object, and a Chinese one of the same type, so a missing translation
 * is a compile error. `of(lang)` picks one.
 */
export interface Catalogue<T> {
  of(lang: Lang): T;
  readonly 'en-US': T;
  readonly 'zh-CN': T;
}

export function catalogue<T>(en: T, zh: NoInfer<T>): Catalogue<T> {
  return { 'en-US': en, 'zh-CN': zh, of: (lang) => (lang === 'zh-CN' ? zh : en) };
}
