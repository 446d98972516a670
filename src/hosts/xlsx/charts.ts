import { rangeAddress } from '../../core/a1';
import { quoteSheet } from '../../core/messages';
import { CHART_PREFIX, type ChartSpec } from '../../layout/plan';
import { freeRelId, relsPath, resolvePath, type XlsxPackage } from './package';
import { allElements, attributes, escapeXml, unescapeXml } from './xml';

/**
 * The tool's native charts in the package (DrawingML): one drawing part per sheet holding an anchor per
 * chart, one chart part per chart. A chart is found again by its name (the anchor's cNvPr name) and
 * written in place; the tool's charts no longer planned are removed; anchors of HR's own (pictures,
 * shapes, their charts) are kept as they are.
 */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING_REL = `${REL}/drawing`;
const CHART_REL = `${REL}/chart`;
const DRAWING_CONTENT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CONTENT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface Rel {
  id: string;
  type: string;
  target: string;
}

function readRels(pkg: XlsxPackage, part: string): Rel[] {
  const path = relsPath(part);
  if (!pkg.has(path)) return [];
  return allElements(pkg.part(path), 'Relationship').map((e) => {
    const a = attributes(e.text);
    return { id: a.Id, type: a.Type, target: a.Target };
  });
}

function writeRels(pkg: XlsxPackage, part: string, rels: readonly Rel[]): void {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`);
  pkg.setPart(
    relsPath(part),
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`,
  );
}

/** The first unused path of the pattern ("xl/charts/chart{n}.xml"). */
function freePath(pkg: XlsxPackage, pattern: string, taken: readonly string[] = []): string {
  let n = 1;
  while (pkg.has(pattern.replace('{n}', String(n))) || taken.includes(pattern.replace('{n}', String(n)))) n++;
  return pattern.replace('{n}', String(n));
}

function addContentType(pkg: XlsxPackage, path: string, type: string): void {
  const types = pkg.part('[Content_Types].xml');
  if (types.includes(`PartName="/${path}"`)) return;
  pkg.setPart(
    '[Content_Types].xml',
    types.replace('</Types>', `<Override PartName="/${path}" ContentType="${type}"/></Types>`),
  );
}

/** A target relative to the part that refers to it (both under xl/). */
function relativeTarget(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDir.length && fromDir[common] === toParts[common]) common++;
  return [...fromDir.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

/** Writes the sheet's charts: `charts` is the whole set of the tool's charts the sheet should have. */
export function writeCharts(pkg: XlsxPackage, sheet: string, charts: readonly ChartSpec[]): void {
  const sheetPath = pkg.sheetPath(sheet);
  const doc = pkg.sheet(sheet);
  const sheetRels = readRels(pkg, sheetPath);
  const drawingId = /\br:id="([^"]+)"/.exec(doc.element('drawing') ?? '')?.[1];
  const drawingRel = sheetRels.find((r) => r.id === drawingId && r.type === DRAWING_REL);
  if (!drawingRel && charts.length === 0) return;
  let drawingPath: string;
  if (drawingRel) drawingPath = resolvePath(sheetPath, drawingRel.target);
  else {
    drawingPath = freePath(pkg, 'xl/drawings/drawing{n}.xml');
    const id = freeRelId(sheetRels.map((r) => r.id));
    writeRels(pkg, sheetPath, [
      ...sheetRels,
      { id, type: DRAWING_REL, target: relativeTarget(sheetPath, drawingPath) },
    ]);
    // Its own namespace declaration: a sheet written by another tool may not declare r: at its root.
    doc.setElement('drawing', `<drawing xmlns:r="${REL}" r:id="${id}"/>`);
    addContentType(pkg, drawingPath, DRAWING_CONTENT);
  }
  const drawing = pkg.has(drawingPath)
    ? pkg.part(drawingPath)
    : `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}"></xdr:wsDr>`;
  const prefix = /<([\w]+:)?wsDr\b/.exec(drawing)?.[1] ?? '';
  let drawingRels = readRels(pkg, drawingPath);
  const anchors = anchorsOf(drawing, prefix);
  const kept: string[] = [];
  const chartPathOf = (anchor: string) => {
    const id = /<(?:\w+:)?chart\b[^>]*\br:id="([^"]+)"/.exec(anchor)?.[1];
    const rel = drawingRels.find((r) => r.id === id);
    return rel ? { id: rel.id, path: resolvePath(drawingPath, rel.target) } : null;
  };
  const existing = new Map<string, { id: string; path: string }>();
  for (const anchor of anchors) {
    const chart = chartPathOf(anchor);
    const name = toolChartName(anchor, chart && pkg.has(chart.path) ? pkg.part(chart.path) : '', charts);
    if (!name.startsWith(CHART_PREFIX) || !chart) kept.push(anchor);
    else if (charts.some((c) => c.name === name) && !existing.has(name)) existing.set(name, chart);
    else {
      // The tool's chart no longer planned (its sheet is gone): removed with its part.
      pkg.removePart(chart.path);
      drawingRels = drawingRels.filter((r) => r.id !== chart.id);
    }
  }
  const newPaths: string[] = [];
  let shapeId = Math.max(1, ...kept.map((a) => Number(/<(?:\w+:)?cNvPr\b[^>]*\bid="(\d+)"/.exec(a)?.[1] ?? 1)));
  const written = charts.map((chart) => {
    let target = existing.get(chart.name);
    if (!target) {
      const path = freePath(pkg, 'xl/charts/chart{n}.xml', newPaths);
      newPaths.push(path);
      const id = freeRelId(drawingRels.map((r) => r.id));
      drawingRels = [...drawingRels, { id, type: CHART_REL, target: relativeTarget(drawingPath, path) }];
      addContentType(pkg, path, CHART_CONTENT);
      target = { id, path };
    }
    pkg.setPart(target.path, chartXml(chart, sheet));
    return anchorXml(chart, ++shapeId, target.id, prefix);
  });
  pkg.setPart(drawingPath, replaceAnchors(drawing, prefix, [...kept, ...written]));
  writeRels(pkg, drawingPath, drawingRels);
}

/**
 * The tool's name of a chart in the drawing: its anchor's name, or, where another tool renamed it on
 * saving ("Chart 1": openpyxl does), the planned chart whose title it has word for word. Anything else
 * is HR's own ('' or its own name) and is kept.
 */
function toolChartName(anchor: string, chartXml: string, planned: readonly ChartSpec[]): string {
  const name = unescapeXml(/<(?:\w+:)?cNvPr\b[^>]*\bname="([^"]*)"/.exec(anchor)?.[1] ?? '');
  if (name.startsWith(CHART_PREFIX)) return name;
  const title = /<(?:\w+:)?title>([\s\S]*?)<\/(?:\w+:)?title>/.exec(chartXml)?.[1] ?? '';
  const words = [...title.matchAll(/<(?:\w+:)?t>([^<]*)<\/(?:\w+:)?t>/g)].map((m) => unescapeXml(m[1])).join('');
  return planned.find((c) => words !== '' && c.title === words)?.name ?? name;
}

/** The drawing's anchors (two-cell, one-cell, absolute), each as its XML. */
function anchorsOf(drawing: string, prefix: string): string[] {
  const re = new RegExp(`<${prefix}(twoCellAnchor|oneCellAnchor|absoluteAnchor)\\b[\\s\\S]*?</${prefix}\\1>`, 'g');
  return drawing.match(re) ?? [];
}

function replaceAnchors(drawing: string, prefix: string, anchors: readonly string[]): string {
  const open = new RegExp(`^([\\s\\S]*?<${prefix}wsDr\\b[^>]*>)`).exec(drawing)?.[1] ?? '';
  return `${open.startsWith('<?xml') ? '' : XML_HEAD}${open}${anchors.join('')}</${prefix}wsDr>`;
}

function anchorXml(chart: ChartSpec, id: number, relId: string, p: string): string {
  const cell = (col: number, row: number) =>
    `<${p}col>${col}</${p}col><${p}colOff>0</${p}colOff><${p}row>${row}</${p}row><${p}rowOff>0</${p}rowOff>`;
  return (
    `<${p}twoCellAnchor editAs="oneCell"><${p}from>${cell(chart.at.c1 - 1, chart.at.r1 - 1)}</${p}from>` +
    `<${p}to>${cell(chart.at.c2, chart.at.r2)}</${p}to><${p}graphicFrame macro="">` +
    `<${p}nvGraphicFramePr><${p}cNvPr id="${id}" name="${escapeXml(chart.name)}"/><${p}cNvGraphicFramePr/></${p}nvGraphicFramePr>` +
    `<${p}xfrm><a:off x="0" y="0" xmlns:a="${A}"/><a:ext cx="0" cy="0" xmlns:a="${A}"/></${p}xfrm>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${REL}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</${p}graphicFrame><${p}clientData/></${p}twoCellAnchor>`
  );
}

const fill = (colour: string) => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;

function text(value: string, size: number, bold: boolean): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(value)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

/** The chart part: a clustered column chart (with a line of markers) or stacked bars, axes 1 and 2. */
export function chartXml(chart: ChartSpec, sheet: string): string {
  const ref = (r: ChartSpec['categories']) => `${escapeXml(quoteSheet(sheet))}!${rangeAddress(r, true)}`;
  const cat = `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f></c:strRef></c:cat>`;
  const series = (s: ChartSpec['series'][number], i: number, line: boolean) =>
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
    (line
      ? `<c:spPr><a:ln w="28575"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="dash"/><c:size val="20"/><c:spPr>${fill(s.colour)}<a:ln><a:noFill/></a:ln></c:spPr></c:marker>`
      : `<c:spPr>${fill(s.colour)}</c:spPr><c:invertIfNegative val="0"/>` +
        (s.pointColours ?? [])
          .map(
            (colour, k) =>
              `<c:dPt><c:idx val="${k}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${fill(colour)}</c:spPr></c:dPt>`,
          )
          .join('')) +
    `${cat}<c:val><c:numRef><c:f>${ref(s.values)}</c:f></c:numRef></c:val>${line ? '<c:smooth val="0"/>' : ''}</c:ser>`;
  const bars = chart.series.map((s, i) => ({ s, i })).filter(({ s }) => !s.marker);
  const markers = chart.series.map((s, i) => ({ s, i })).filter(({ s }) => s.marker);
  const stacked = chart.type === 'stackedBars';
  const barChart =
    `<c:barChart><c:barDir val="${stacked ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    bars.map(({ s, i }) => series(s, i, false)).join('') +
    `<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="1"/><c:axId val="2"/></c:barChart>`;
  const lineChart = markers.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${markers.map(({ s, i }) => series(s, i, true)).join('')}<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>`
    : '';
  const axis = (kind: 'cat' | 'val') => {
    const [id, cross, pos] = kind === 'cat' ? [1, 2, stacked ? 'l' : 'b'] : [2, 1, stacked ? 'b' : 'l'];
    const common = `<c:axId val="${id}"/><c:scaling>${kind === 'cat' && stacked ? '<c:orientation val="maxMin"/>' : '<c:orientation val="minMax"/>'}${kind === 'val' ? '<c:min val="0"/>' : ''}</c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>`;
    return kind === 'cat'
      ? `<c:catAx>${common}<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
      : `<c:valAx>${common}<c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  };
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title>${text(chart.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${barChart}${lineChart}${axis('cat')}${axis('val')}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}
