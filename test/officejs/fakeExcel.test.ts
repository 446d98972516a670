/// <reference types="office-js" />
import { shiftFormula } from '../fakes/a1';
import { createFakeExcel, diffSnapshots, FakeOfficeError, installFakeExcel } from '../fakes/fakeExcel';

/** The fake must behave like Office where the host could get it wrong, or the host's tests prove nothing. */

let uninstall: (() => void) | null = null;
afterEach(() => uninstall?.());

function withFake(fake = createFakeExcel({ sheets: [{ name: 'S', cells: { A1: 1, B1: 'x' } }] })) {
  const installed = installFakeExcel(globalThis, fake);
  uninstall = installed.uninstall;
  return installed;
}

describe('fake Excel', () => {
  test('a property read before load and sync throws PropertyNotLoaded, after both it is there', async () => {
    const fake = withFake();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1, 'x']]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(fake.stats.syncs).toBe(1);
  });

  test('writes are queued and applied only at sync, in order', async () => {
    const fake = withFake();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1');
      const before = context.workbook.worksheets.getItem('S').getRange('A1').load('values');
      range.values = [[2]];
      const after = context.workbook.worksheets.getItem('S').getRange('A1').load('values');
      expect(fake.workbook.values('S', 'A1')).toEqual([[1]]);
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[2]]);
    });
    expect(fake.workbook.values('S', 'A1')).toEqual([[2]]);
  });

  test('Excel.run syncs what is still queued at its end, like office.js; an empty end costs nothing', async () => {
    const fake = withFake();
    await Excel.run(
      async (context) => void (context.workbook.worksheets.getItem('S').getRange('C1').values = [['late']]),
    );
    expect(fake.workbook.values('S', 'C1')).toEqual([['late']]);
    expect(fake.stats.syncs).toBe(1);
    await Excel.run(async () => undefined);
    expect(fake.stats.syncs).toBe(1);
  });

  test('strings are entered as typed: = + - @ make formulas, an apostrophe keeps text, null leaves a cell alone', async () => {
    const fake = withFake();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A2:H2').values = [
        ['=1+1', '+cmd', '-x', '@evil', "'=1+1", '5,000', '50%', null],
      ];
      context.workbook.worksheets.getItem('S').getRange('H1').values = [['']];
      await context.sync();
    });
    const w = fake.workbook;
    expect(['A2', 'B2', 'C2', 'D2'].map((a) => w.cell('S', a).formula)).toEqual(['=1+1', '=+cmd', '=-x', '=@evil']);
    expect(w.cell('S', 'E2')).toMatchObject({ value: '=1+1', formula: null });
    expect(w.values('S', 'F2:G2')).toEqual([[5000, 0.5]]);
    expect(w.values('S', 'A1:B1')).toEqual([[1, 'x']]);
  });

  test('array sizes must match the range; a bad formula is refused', async () => {
    withFake();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').formulas = [['=SUM(A2']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test("a formula past Excel's limits is refused: 8,192 characters, 255 per text, 64 levels", async () => {
    const fake = withFake();
    const write = (formula: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').formulas = [[formula]];
        await context.sync();
      });
    for (const formula of [
      `=${'1+'.repeat(4096)}1`,
      `="${'x'.repeat(256)}"`,
      `=${'ABS('.repeat(65)}1${')'.repeat(65)}`,
    ])
      await expect(write(formula)).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(fake.workbook.cell('S', 'A1').formula).toBeNull();
    // Just inside each limit is accepted.
    await write(`=${'1+'.repeat(4095)}1`);
    await write(`="${'x'.repeat(255)}"&"${'y'.repeat(255)}"`);
    await write(`=${'ABS('.repeat(64)}1${')'.repeat(64)}`);
    expect(fake.workbook.cell('S', 'A1').formula).toBe(`=${'ABS('.repeat(64)}1${')'.repeat(64)}`);
  });

  test('a read of more than 5 million cells fails, as in Excel', async () => {
    withFake();
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('S').getRange('A1:Z200000').load('values');
        await context.sync();
        return range.values.length;
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  test('members outside the subset, and above the API version, throw', async () => {
    withFake(createFakeExcel({ sheets: [{ name: 'S' }] }, { apiVersion: '1.8' }));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:A3');
      expect(() => (range as unknown as { text: unknown }).text).toThrow(FakeOfficeError);
      expect(() => range.copyFrom('A1', 'Formulas')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => context.workbook.application.suspendScreenUpdatingUntilNextSync()).toThrow(
        expect.objectContaining({ code: 'ApiNotFound' }),
      );
    });
  });

  test('requests and responses are measured; one over the limit fails like Excel on the web', async () => {
    const fake = withFake(createFakeExcel({ sheets: [{ name: 'S' }] }, { payloadLimitBytes: 10_000 }));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:A100').values = Array.from({ length: 100 }, (_, i) => [
        `row ${i}`,
      ]);
      await context.sync();
    });
    expect(fake.stats.largestRequestBytes).toBeGreaterThan(100 * 8);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A1000').values = Array.from({ length: 1000 }, (_, i) => [
          `row ${i}`,
        ]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.workbook.values('S', 'A999')).toEqual([['']]);
  });

  test('copyFrom(Formulas) moves relative references row by row, and not inside text', async () => {
    const fake = withFake();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      const top = ws.getRange('C5');
      top.formulas = [['=IF(A5>$B$1,A5&"A5",SUM(A5:B5))+PR_S1_X*LOG10(2)']];
      ws.getRange('C6:C8').copyFrom(top, 'Formulas');
      await context.sync();
    });
    expect(fake.workbook.cell('S', 'C8').formula).toBe('=IF(A8>$B$1,A8&"A5",SUM(A8:B8))+PR_S1_X*LOG10(2)');
  });

  test('special cells: constants and formulas as rectangles, a null object when there are none', async () => {
    const fake = withFake();
    fake.workbook.setCells('S', 'A3', [
      [{ formula: 'A1' }, { formula: 'A1' }],
      [{ formula: 'A1' }, 7],
    ]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      const formulas = ws.getRange('A3:B4').getSpecialCellsOrNullObject('Formulas').load('address');
      const constants = ws.getRange('A3:B4').getSpecialCellsOrNullObject('Constants').load('address');
      const none = ws.getRange('D3:D4').getSpecialCellsOrNullObject('Constants').load('address');
      await context.sync();
      expect(formulas.address).toBe('S!A3:B3, S!A4');
      expect(constants.address).toBe('S!B4');
      expect(none.isNullObject).toBe(true);
    });
  });

  test('names refer to ranges; a reference string without "=" is refused (Office would store text)', async () => {
    const fake = withFake();
    await Excel.run(async (context) => {
      context.workbook.names.add('PR_X', context.workbook.worksheets.getItem('S').getRange('$A$1:$B$2'));
      expect(() => context.workbook.names.add('PR_Y', 'S!$A$1')).toThrow(FakeOfficeError);
      const names = context.workbook.names.load('items/name,items/type,items/formula');
      await context.sync();
      expect(names.items.map((n) => [n.name, n.type, n.formula])).toEqual([['PR_X', 'Range', '=S!$A$1:$B$2']]);
    });
    expect(fake.workbook.definedNames()).toEqual([{ name: 'PR_X', sheet: 'S', address: 'A1:B2' }]);
  });

  describe('Workbook.getActiveCell (ExcelApi 1.7)', () => {
    test("the selection's top-left cell on the active sheet, A1 without one there; address only once loaded and synced", async () => {
      const fake = withFake(createFakeExcel({ sheets: [{ name: 'S' }, { name: 'My sheet' }], active: 'S' }));
      await Excel.run(async (context) => {
        const none = context.workbook.getActiveCell();
        expect(() => none.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
        none.load('address');
        expect(() => none.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
        await context.sync();
        expect(none.address).toBe('S!A1');
      });
      fake.workbook.activate('My sheet');
      fake.workbook.selection = { sheet: 'My sheet', address: 'C3:E9' };
      const other = { sheet: 'S', address: 'D4' };
      const addresses = await Excel.run(async (context) => {
        const selected = context.workbook.getActiveCell().load('address');
        await context.sync();
        fake.workbook.selection = other;
        const elsewhere = context.workbook.getActiveCell().load('address');
        await context.sync();
        return [selected.address, elsewhere.address];
      });
      // A selection on a sheet that is not active does not count.
      expect(addresses).toEqual(["'My sheet'!C3", "'My sheet'!A1"]);
      expect(fake.stats.syncs).toBe(3);
    });

    test('is taken when the request runs: a select() queued before it moves it', async () => {
      withFake(createFakeExcel({ sheets: [{ name: 'S' }, { name: 'T' }], active: 'S' }));
      const address = await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('T').getRange('B5:C6').select();
        const cell = context.workbook.getActiveCell().load('address');
        await context.sync();
        return cell.address;
      });
      expect(address).toBe('T!B5');
    });

    test('below ExcelApi 1.7 it does not exist', async () => {
      const fake = withFake(createFakeExcel({ sheets: [{ name: 'S' }] }, { apiVersion: '1.6' }));
      await Excel.run(async (context) => {
        expect(() => context.workbook.getActiveCell()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      });
      expect(fake.stats.syncs).toBe(0);
    });
  });

  describe('AutoFilter values criteria (ExcelApi 1.9)', () => {
    // A header and six rows: column B is what the filter looks at.
    const table = () =>
      createFakeExcel({
        sheets: [
          {
            name: 'S',
            cells: {
              A1: 'Name',
              B1: 'Flag',
              C1: 'Score',
              A2: 'a',
              B2: 'Flagged',
              C2: 1,
              A3: 'b',
              B3: '',
              C3: 2,
              A4: 'c',
              B4: 'flagged',
              C4: 3,
              A5: 'd',
              B5: '需校准',
              C5: 2,
              A6: 'e',
              C6: 1,
              A7: 'f',
              B7: 'Flagged',
              C7: true,
            },
          },
        ],
      });
    const flagValues = { filterOn: 'Values', values: ['Flagged', '需校准'] } as Excel.FilterCriteria;

    test('criteria and hidden rows change only at sync; isDataFiltered must be loaded and synced', async () => {
      const fake = withFake(table());
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        expect(() => ws.autoFilter.isDataFiltered).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
        ws.autoFilter.load('isDataFiltered');
        await context.sync();
        expect(ws.autoFilter.isDataFiltered).toBe(false);

        ws.autoFilter.apply(ws.getRange('A1:C7'), 1, flagValues);
        const after = context.workbook.worksheets.getItem('S').autoFilter.load('isDataFiltered');
        expect(fake.workbook.autoFilter('S')).toEqual({ range: null, criteria: [], hiddenRows: [] });
        expect(() => after.isDataFiltered).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
        await context.sync();
        expect(after.isDataFiltered).toBe(true);
      });
      // Exact text: "flagged" is not "Flagged", a blank is not a value.
      expect(fake.workbook.autoFilter('S')).toEqual({
        range: 'A1:C7',
        criteria: [{ column: 1, filterOn: 'Values', values: ['Flagged', '需校准'] }],
        hiddenRows: [3, 4, 6],
      });
      // The criteria go over the wire: the request carries them.
      expect(fake.stats.requests[1].bytes).toBeGreaterThan(new TextEncoder().encode(JSON.stringify(flagValues)).length);
    });

    test("a second column's criteria hide more rows; the same column's replace its earlier ones; numbers and TRUE compare as shown", async () => {
      const fake = withFake(table());
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        ws.autoFilter.apply(ws.getRange('A1:C7'), 1, flagValues);
        ws.autoFilter.apply(ws.getRange('A1:C7'), 2, {
          filterOn: 'Values',
          values: ['1', 'TRUE'],
        } as Excel.FilterCriteria);
        await context.sync();
        expect(fake.workbook.autoFilter('S').hiddenRows).toEqual([3, 4, 5, 6]);
        ws.autoFilter.apply(ws.getRange('A1:C7'), 2, { filterOn: 'Values', values: ['2'] } as Excel.FilterCriteria);
        await context.sync();
      });
      expect(fake.workbook.autoFilter('S').criteria.map((c) => [c.column, c.values])).toEqual([
        [1, ['Flagged', '需校准']],
        [2, ['2']],
      ]);
      expect(fake.workbook.autoFilter('S').hiddenRows).toEqual([2, 3, 4, 6, 7]);
    });

    test('remove() clears the criteria and shows every row again, at sync', async () => {
      const fake = withFake(table());
      const before = fake.workbook.snapshot();
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        ws.autoFilter.apply(ws.getRange('A1:C7'), 1, flagValues);
        await context.sync();
        expect(diffSnapshots(before, fake.workbook.snapshot())).toEqual([
          'S!autoFilter',
          'S!autoFilter:criteria',
          'S!autoFilter:hiddenRows',
        ]);
        ws.autoFilter.remove();
        expect(fake.workbook.autoFilter('S').hiddenRows).toEqual([3, 4, 6]);
        const filtered = ws.autoFilter.load('isDataFiltered');
        await context.sync();
        expect(filtered.isDataFiltered).toBe(false);
      });
      expect(fake.workbook.autoFilter('S')).toEqual({ range: null, criteria: [], hiddenRows: [] });
      expect(diffSnapshots(before, fake.workbook.snapshot())).toEqual([]);
    });

    test('only values criteria are modelled; a column outside the range fails at sync; numbers the fake cannot format fail rather than guess', async () => {
      const fake = withFake(table());
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        const range = ws.getRange('A1:C7');
        expect(() =>
          ws.autoFilter.apply(range, 1, { filterOn: 'Custom', criterion1: '>1' } as Excel.FilterCriteria),
        ).toThrow(expect.objectContaining({ code: 'NotImplemented' }));
        expect(() =>
          ws.autoFilter.apply(range, 1, { filterOn: 'Values', values: ['x'], criterion1: 'y' } as Excel.FilterCriteria),
        ).toThrow(expect.objectContaining({ code: 'NotImplemented' }));
        expect(() => ws.autoFilter.apply(range, 1)).toThrow(expect.objectContaining({ code: 'NotImplemented' }));
      });
      expect(fake.stats.syncs).toBe(0);
      await expect(
        Excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem('S');
          ws.autoFilter.apply(ws.getRange('A1:C7'), 3, flagValues);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
      expect(fake.workbook.autoFilter('S').range).toBeNull();
      fake.workbook.mustSheet('S').ensure(2, 3).numberFormat = '0.0%';
      await expect(
        Excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem('S');
          ws.autoFilter.apply(ws.getRange('A1:C7'), 2, {
            filterOn: 'Values',
            values: ['100.0%'],
          } as Excel.FilterCriteria);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'NotImplemented' });
    });

    test('below ExcelApi 1.9 there is no AutoFilter', async () => {
      withFake(createFakeExcel({ sheets: [{ name: 'S' }] }, { apiVersion: '1.8' }));
      await Excel.run(async (context) => {
        expect(() => context.workbook.worksheets.getItem('S').autoFilter).toThrow(
          expect.objectContaining({ code: 'ApiNotFound' }),
        );
      });
    });
  });

  test('shiftFormula leaves quoted sheet names, strings and absolute parts alone', () => {
    expect(shiftFormula('\'Q1 2026\'!A1+$B$2+B$3+$C4+"D5"', 2, 1)).toBe('\'Q1 2026\'!B3+$B$2+C$3+$C6+"D5"');
  });
});
