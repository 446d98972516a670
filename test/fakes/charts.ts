import { areaAddress, quoteSheetName, type Area } from './a1';
import { FakeOfficeError, makeNode, type NodeHandle, type Session } from './node';
import type { FakeChart, FakeSeries, FakeSheet } from './state';

/**
 * Worksheet.charts as the Office.js host uses it (ExcelApi 1.1, series 1.7): add from a range, name,
 * title, legend, position, and series whose values and categories are set from ranges. A series' ranges
 * are kept as sheet-qualified addresses, so a test can say what a chart reads.
 */

/** How the fake finds the state behind a Range proxy passed as an argument (api.ts keeps the map). */
export type RangeOf = (proxy: unknown) => (() => { sheet: FakeSheet; area: Area }) | null;

type ArgRange = (proxy: unknown, what: string) => () => { sheet: FakeSheet; area: Area };

const CHART_TYPES = ['ColumnClustered', 'BarStacked', 'LineMarkers', 'Line'];

function address(range: { sheet: FakeSheet; area: Area }): string {
  return `${quoteSheetName(range.sheet.name)}!${areaAddress(range.area)}`;
}

export function chartsNode(self: NodeHandle<FakeSheet>, rangeOf: RangeOf): object {
  const session = self.session;
  const path = `${self.path}.charts`;
  // The range is resolved when the batch runs (its sheet may be added earlier in the same batch).
  const argRange: ArgRange = (proxy, what) => {
    const r = rangeOf(proxy);
    if (!r) throw new FakeOfficeError('NotImplemented', `${what}: the fake takes a Range object.`);
    return r;
  };
  return makeNode(session, path, self.resolve, {
    type: 'ChartCollection',
    items: {
      of: (sheet) => [...sheet.charts],
      make: (_s, chart, i) => chartNode(session, `${path}.items[${i}]`, () => chart as FakeChart, self, argRange),
    },
    methods: {
      add: {
        fn: (_s, type, source, seriesBy) => {
          if (!CHART_TYPES.includes(String(type)))
            throw new FakeOfficeError('InvalidArgument', `charts.add(${String(type)})`);
          const from = argRange(source, 'charts.add');
          const chart: FakeChart = {
            type: String(type),
            name: '',
            title: '',
            legend: null,
            position: null,
            series: [],
          };
          session.enqueue({ path, call: 'add', args: [type, String(seriesBy)] }, () => {
            const sheet = self.resolve();
            const source = from();
            // One column of cells makes one series (seriesBy Columns), as Excel does.
            if (source.area.c1 !== source.area.c2 || seriesBy !== 'Columns')
              throw new FakeOfficeError('NotImplemented', 'charts.add: the fake makes one series from one column.');
            chart.name = `Chart ${sheet.charts.length + 1}`;
            chart.series.push({ name: '', values: address(source), xValues: null, chartType: null, look: {} });
            sheet.charts.push(chart);
          });
          return chartNode(session, `${path}.add()`, () => chart, self, argRange);
        },
      },
      getItem: {
        fn: (_s, name) =>
          chartNode(
            session,
            `${path}.getItem(${String(name)})`,
            () => self.resolve().charts.find((c) => c.name === name) ?? null,
            self,
            argRange,
          ),
      },
    },
  });
}

function chartNode(
  session: Session,
  path: string,
  resolve: () => FakeChart | null,
  sheet: NodeHandle<FakeSheet>,
  argRange: ArgRange,
): object {
  return makeNode(session, path, resolve, {
    type: 'Chart',
    loadable: { name: (c) => c.name },
    writable: { name: { apply: (c, v) => (c.name = String(v)) } },
    methods: {
      delete: {
        fn: (self) =>
          session.enqueue({ path, call: 'delete' }, () => {
            const charts = sheet.resolve().charts;
            charts.splice(charts.indexOf(self.resolve()), 1);
          }),
      },
      setPosition: {
        fn: (self, start, end) => {
          const [a, b] = [argRange(start, 'setPosition'), argRange(end, 'setPosition')];
          session.enqueue({ path, call: 'setPosition' }, () => {
            self.resolve().position = { from: areaAddress(a().area), to: areaAddress(b().area) };
          });
        },
      },
    },
    children: {
      title: {
        make: (self) =>
          makeNode(session, `${path}.title`, self.resolve, {
            type: 'ChartTitle',
            writable: { text: { apply: (c, v) => (c.title = String(v)) } },
          }),
      },
      legend: {
        make: (self) =>
          makeNode(session, `${path}.legend`, self.resolve, {
            type: 'ChartLegend',
            writable: { position: { apply: (c, v) => (c.legend = String(v)) } },
          }),
      },
      series: {
        make: (self) => seriesCollectionNode(session, `${path}.series`, self.resolve, argRange),
      },
    },
  });
}

function seriesCollectionNode(session: Session, path: string, resolve: () => FakeChart, argRange: ArgRange): object {
  return makeNode(session, path, resolve, {
    type: 'ChartSeriesCollection',
    methods: {
      getItemAt: {
        fn: (self, index) =>
          seriesNode(
            session,
            `${path}.getItemAt(${String(index)})`,
            () => self.resolve().series[Number(index)] ?? null,
            argRange,
          ),
      },
      add: {
        since: '1.7',
        fn: (self, name) => {
          const series: FakeSeries = { name: String(name), values: null, xValues: null, chartType: null, look: {} };
          session.enqueue({ path, call: 'add', args: [name] }, () => self.resolve().series.push(series));
          return seriesNode(session, `${path}.add()`, () => series, argRange);
        },
      },
    },
  });
}

function seriesNode(session: Session, path: string, resolve: () => FakeSeries | null, argRange: ArgRange): object {
  const look = (key: string) => ({ since: '1.7', apply: (s: FakeSeries, v: unknown) => (s.look[key] = v) });
  const setRange = (key: 'values' | 'xValues', method: string) => ({
    since: '1.7',
    fn: (self: NodeHandle<FakeSeries>, range: unknown) => {
      const r = argRange(range, method);
      session.enqueue({ path, call: method }, () => (self.resolve()[key] = address(r())));
    },
  });
  return makeNode(session, path, resolve, {
    type: 'ChartSeries',
    writable: {
      name: { apply: (s, v) => (s.name = String(v)) },
      chartType: {
        since: '1.7',
        apply: (s, v) => {
          if (!CHART_TYPES.includes(String(v))) throw new FakeOfficeError('InvalidArgument', `chartType ${String(v)}`);
          s.chartType = String(v);
        },
      },
      markerStyle: look('markerStyle'),
      markerSize: look('markerSize'),
      markerBackgroundColor: look('markerBackgroundColor'),
      markerForegroundColor: look('markerForegroundColor'),
    },
    methods: { setValues: setRange('values', 'setValues'), setXAxisValues: setRange('xValues', 'setXAxisValues') },
    children: {
      points: {
        since: '1.7',
        make: (self) =>
          makeNode(session, `${path}.points`, self.resolve, {
            type: 'ChartPointsCollection',
            methods: {
              getItemAt: {
                fn: (_p, index) =>
                  pointNode(session, `${path}.points.getItemAt(${String(index)})`, self.resolve, Number(index)),
              },
            },
          }),
      },
      format: {
        make: (self) =>
          makeNode(session, `${path}.format`, self.resolve, {
            type: 'ChartSeriesFormat',
            children: {
              fill: { make: (f) => fillNode(session, `${path}.format.fill`, f.resolve, 'fill') },
              line: {
                make: (f) =>
                  makeNode(session, `${path}.format.line`, f.resolve, {
                    type: 'ChartLineFormat',
                    writable: { lineStyle: look('lineStyle') },
                  }),
              },
            },
          }),
      },
    },
  });
}

/** A point of a series: its fill is kept on the series' look as point<i>. */
function pointNode(session: Session, path: string, resolve: () => FakeSeries, index: number): object {
  return makeNode(session, path, resolve, {
    type: 'ChartPoint',
    children: {
      format: {
        make: (self) =>
          makeNode(session, `${path}.format`, self.resolve, {
            type: 'ChartPointFormat',
            children: {
              fill: { make: (f) => fillNode(session, `${path}.format.fill`, f.resolve, `point${index}`) },
            },
          }),
      },
    },
  });
}

/** A chart fill whose setSolidColor is kept on the series' look under `key` (fill, point0...). */
function fillNode(session: Session, path: string, resolve: () => FakeSeries, key: string): object {
  return makeNode(session, path, resolve, {
    type: 'ChartFill',
    methods: {
      setSolidColor: {
        fn: (h, colour) => session.enqueue({ path, call: 'setSolidColor' }, () => (h.resolve().look[key] = colour)),
      },
    },
  });
}
