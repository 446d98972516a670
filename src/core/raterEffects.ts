import { addTo } from './collections';
import { makeCheck } from './messages';
import { cellAddress } from './a1';
import type { Rules } from './rules';
import type { Check, EmployeeResult, Lang } from './types';

/**
 * Rater effects (评分者效应) per direct supervisor, as the Calibration sheet's formulas compute them: the
 * people they rated, their mean weighted score, the share of the top grade, and the mean of their
 * people's qualitative (panel-judged) scores next to the mean of the same people's data-based ones,
 * each against the sheet's. A supervisor whose qualitative scores stand far from what the data of the
 * same people suggest (lenient or severe) is noted; a team that is simply better shows it in the data too.
 */
export type RaterNote = 'lenient' | 'severe' | 'tooFew' | '';

export interface RaterFigures {
  /** Scored people. */
  people: number;
  meanWeighted: number | null;
  topShare: number | null;
  meanQual: number | null;
  meanQuant: number | null;
}

export interface SupervisorFigures extends RaterFigures {
  supervisor: string;
  /** Every employee under the supervisor, scored or not, in row order (the helper block's rows). */
  members: EmployeeResult[];
  weightedGap: number | null;
  qualGap: number | null;
  quantGap: number | null;
  note: RaterNote;
}

export interface SheetRaterEffects {
  sheet: RaterFigures;
  supervisors: SupervisorFigures[];
}

/** The figures of some employees, in one pass: their means summed in order as AVERAGE and SUMPRODUCT do. */
function figures(employees: readonly EmployeeResult[], top: string): RaterFigures {
  const key = top.toLowerCase();
  let people = 0;
  let weighted = 0;
  let topCount = 0;
  let qual = 0;
  let quals = 0;
  let quant = 0;
  let quants = 0;
  for (const e of employees) {
    if (e.weighted !== null) {
      weighted = people === 0 ? e.weighted : weighted + e.weighted;
      people++;
      if (e.finalGrade !== null && e.finalGrade.toLowerCase() === key) topCount++;
    }
    if (e.qualScore !== null) {
      qual = quals === 0 ? e.qualScore : qual + e.qualScore;
      quals++;
    }
    if (e.quantScore !== null) {
      quant = quants === 0 ? e.quantScore : quant + e.quantScore;
      quants++;
    }
  }
  return {
    people,
    meanWeighted: people > 0 ? weighted / people : null,
    topShare: people > 0 ? topCount / people : null,
    meanQual: quals > 0 ? qual / quals : null,
    meanQuant: quants > 0 ? quant / quants : null,
  };
}

const gap = (x: number | null, base: number | null) => (x === null || base === null ? null : x - base);

export function raterEffects(employees: readonly EmployeeResult[], rules: Rules): SheetRaterEffects {
  const top = rules.grades[rules.grades.length - 1].name;
  const sheet = figures(employees, top);
  const bySupervisor = new Map<string, EmployeeResult[]>();
  for (const e of employees) if (e.supervisor !== '') addTo(bySupervisor, e.supervisor, e);
  const { minPeople, gap: limit } = rules.raterEffects;
  const supervisors = [...bySupervisor].map(([supervisor, members]): SupervisorFigures => {
    const own = figures(members, top);
    const qualGap = gap(own.meanQual, sheet.meanQual);
    const quantGap = gap(own.meanQuant, sheet.meanQuant);
    let note: RaterNote = '';
    if (own.people < minPeople) note = 'tooFew';
    else if (qualGap !== null && quantGap !== null) {
      const difference = qualGap - quantGap;
      if (difference >= limit) note = 'lenient';
      else if (difference <= -limit) note = 'severe';
    }
    return {
      ...own,
      supervisor,
      members,
      weightedGap: gap(own.meanWeighted, sheet.meanWeighted),
      qualGap,
      quantGap,
      note,
    };
  });
  return { sheet, supervisors };
}

/**
 * A warning per supervisor noted lenient or severe, at the Supervisor cell of their first employee on
 * the assessment sheet, with the two differences from the sheet in points.
 */
export function raterEffectChecks(
  sheetName: string,
  effects: SheetRaterEffects,
  supervisorCol: number,
  lang: Lang,
): Check[] {
  return effects.supervisors
    .filter((s) => s.note === 'lenient' || s.note === 'severe')
    .map((s) =>
      makeCheck(
        'rater-effect',
        sheetName,
        cellAddress(s.members[0].row, supervisorCol),
        {
          supervisor: s.supervisor,
          qual: s.qualGap ?? 0,
          quant: s.quantGap ?? 0,
          lenient: s.note === 'lenient' ? 1 : 0,
        },
        lang,
      ),
    );
}
