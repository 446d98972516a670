/**
 * The grades' colours, the same on the sheets, the charts and the pane: red for the lowest, amber, blue,
 * green for the best. A colour never stands alone: the grade's word is always beside it.
 */
const COLOURS = ['C0504D', 'E8A33D', '4F81BD', '5B9B3A'] as const;

/** The colour (RRGGBB) of grade band `band` of `bands` (0 = lowest, as the Rules list them). */
export function gradeColour(band: number, bands: number): string {
  if (bands <= 1) return COLOURS[COLOURS.length - 1];
  // The lowest and the best keep their colours whatever the number of grades; those between share the rest.
  return COLOURS[Math.round((band / (bands - 1)) * (COLOURS.length - 1))];
}
