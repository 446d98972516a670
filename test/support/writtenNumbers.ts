/** The written numbers spec section 4 lists, with what each must read as. */
export const SPEC_WRITTEN_NUMBERS: [string, number][] = [
  ['80万', 800000],
  ['80万元', 800000],
  ['1.2亿', 120000000],
  ['5,000', 5000],
  ['¥5000', 5000],
  ['≤5000元/客户', 5000],
  ['15家', 15],
  ['110%', 1.1],
];
