/**
 * The grades' colours, the same on the sheets, the charts and the pane: red for the lowest, amber, blue,
 * green for the best. A colour never stands alone: the grade's word is always beside it.
 */
const COLOURS = ['C0504D', 'E8A33D', '4F81BD', '5B9B3A'] as const;

/** The same hues dark enough for words on white or on a light fill (contrast 4.5:1 or more). */
const TEXT_COLOURS = ['9C2A27', '7A4F00', '2F5597', '2E6417'] as const;

/** Which of the four colours a band takes: the lowest and the best keep theirs whatever the number of grades. */
function colourIndex(band: number, bands: number): number {
  return bands <= 1 ? COLOURS.length - 1 : Math.round((band / (bands - 1)) * (COLOURS.length - 1));
}

/** The colour (RRGGBB) of grade band `band` of `bands` (0 = lowest, as the Rules list them): charts, the pane. */
export function gradeColour(band: number, bands: number): string {
  return COLOURS[colourIndex(band, bands)];
}

/** The grade's colour for its word on a sheet (the grade cells) or in the pane. */
export function gradeTextColour(band: number, bands: number): string {
  return TEXT_COLOURS[colourIndex(band, bands)];
}
