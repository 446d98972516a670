/// <reference types="office-js" />
import { shiftFormula } from '../fakes/a1';
import { createFakeExcel, FakeOfficeError, installFakeExcel } from '../fakes/fakeExcel';

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
    await Excel.run(async (context) => void (context.workbook.worksheets.getItem('S').getRange('C1').values = [['late']]));
    expect(fake.workbook.values('S', 'C1')).toEqual([['late']]);
    expect(fake.stats.syncs).toBe(1);
    await Excel.run(async () => undefined);
    expect(fake.stats.syncs).toBe(1);
  });

  test('strings are entered as typed: = + - @ make formulas, an apostrophe keeps text, null leaves a cell alone', async () => {
    const fake = withFake();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A2:H2').values = [['=1+1', '+cmd', '-x', '@evil', "'=1+1", '5,000', '50%', null]];
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

  test('members outside the subset, and above the API version, throw', async () => {
    withFake(createFakeExcel({ sheets: [{ name: 'S' }] }, { apiVersion: '1.8' }));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:A3');
      expect(() => (range as unknown as { text: unknown }).text).toThrow(FakeOfficeError);
      expect(() => range.copyFrom('A1', 'Formulas')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => context.workbook.application.suspendScreenUpdatingUntilNextSync()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });

  test('requests and responses are measured; one over the limit fails like Excel on the web', async () => {
    const fake = withFake(createFakeExcel({ sheets: [{ name: 'S' }] }, { payloadLimitBytes: 10_000 }));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:A100').values = Array.from({ length: 100 }, (_, i) => [`row ${i}`]);
      await context.sync();
    });
    expect(fake.stats.largestRequestBytes).toBeGreaterThan(100 * 8);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A1000').values = Array.from({ length: 1000 }, (_, i) => [`row ${i}`]);
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

  test('shiftFormula leaves quoted sheet names, strings and absolute parts alone', () => {
    expect(shiftFormula("'Q1 2026'!A1+$B$2+B$3+$C4+\"D5\"", 2, 1)).toBe("'Q1 2026'!B3+$B$2+C$3+$C6+\"D5\"");
  });
});
