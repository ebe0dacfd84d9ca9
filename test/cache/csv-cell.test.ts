// What a spreadsheet would run as a formula is written as text (OWASP "CSV injection"), also where a
// spreadsheet cuts a cell into pieces: Excel in the es and pt-BR locales this app serves splits a CSV
// line on `;` whatever the quoting, so a formula after a `;` inside a name must be defused too, and a
// cell holding `;` is quoted. Spaces before the `=` do not stop a spreadsheet either.
import { describe, expect, it } from 'vitest'
import { csvCell } from '../../src/main/cache/export'

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+57 300 123 4567', "'+57 300 123 4567"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [' =1+1', " '=1+1"],
    ['a;=1+2', `"a;'=1+2"`],
    ["x;=cmd|' /C calc'!A0", `"x;'=cmd|' /C calc'!A0"`],
    ['x; @SUM(A1)', `"x; '@SUM(A1)"`],
    ['Pérez, "Pepe"', `"Pérez, ""Pepe"""`],
    ['plain; text', `"plain; text"`],
    ['María José', 'María José']
  ])('writes %j as %s', (value, written) => {
    expect(csvCell(value)).toBe(written)
  })
})
