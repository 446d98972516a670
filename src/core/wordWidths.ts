import { labels } from './labels';
import { PRESETS } from './presets';
import { widthFor } from './text';
import { LANGS, type Lang } from './types';
import { TALENT_WORDS } from './talentText';

/**
 * How wide the words the tool writes in many sheets are, measured once over both languages and every
 * role (core/text.ts widthFor): a column showing them is at least this wide, whatever else it needs.
 */
const each = (pick: (lang: Lang) => string[]) => LANGS.flatMap(pick);
const indicators = Object.values(PRESETS).flatMap((p) => p.indicators);

export const WORD_WIDTHS = {
  /** "Needs improvement", "待改进"... */
  grades: widthFor(each((lang) => labels(lang).gradeNames)),
  /** "Higher is better", "越低越好". */
  directions: widthFor(each((lang) => [labels(lang).higher, labels(lang).lower])),
  /** Every role's indicator names ("Channel maintenance efficiency"). */
  indicators: widthFor(each((lang) => indicators.map((i) => i.name[lang]))),
  /** Every role's title ("Channel specialist", "渠道专员"). */
  roles: widthFor(each((lang) => Object.values(PRESETS).map((p) => p.title[lang]))),
  /** The talent grid's boxes ("Trusted professional", "稳定贡献者"). */
  boxes: widthFor(each((lang) => TALENT_WORDS.of(lang).boxNames)),
  /** "Medium", "高". */
  levels: widthFor(each((lang) => TALENT_WORDS.of(lang).levels)),
} as const;
