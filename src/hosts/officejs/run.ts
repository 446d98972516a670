/// <reference types="office-js" />

/**
 * Every batch of the add-in goes through here: Excel.run with delayForCellEdit, so a batch sent while the
 * user is still typing in a cell waits until they leave it instead of failing part-way (Score clears the
 * user's filter in an early request; a later one failing would leave it cleared with nothing written).
 * office.js applies the option where Excel supports it and ignores it elsewhere.
 */
export function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}
