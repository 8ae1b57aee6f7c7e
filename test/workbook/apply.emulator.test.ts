// The applier alone, on the emulator: what it promises whatever the layout.
import { createEmulator } from '../../dev/emulator';
import { applyWorkbookPlan } from '../../src/workbook/apply/applyWorkbook';
import { inspectSpreadsheet } from '../../src/workbook/read/existingSheets';
import type { SheetSpec, WorkbookPlan } from '../../src/workbook/spec';

function setup(sheets?: string[]) {
  const em = createEmulator({ locale: 'en_US', ...(sheets ? { sheets } : {}) });
  const ss = em.SpreadsheetApp.getActiveSpreadsheet();
  const apply = (plan: WorkbookPlan) =>
    applyWorkbookPlan(ss, plan, inspectSpreadsheet(ss), em.SpreadsheetApp);
  return { em, ss, apply };
}

const sheet = (extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name: 'Report',
  role: 'scorecard',
  blocks: [
    {
      row: 1,
      column: 1,
      cells: [
        [{ value: 'a' }, { value: 1 }],
        [{ value: 'b' }, { value: 2 }],
      ],
    },
  ],
  ...extra,
});

test("criteria and colour-scale rules are recognised as KPI Kit's by their recorded ranges, formula rules by their marker", () => {
  const { em, ss, apply } = setup();
  const rules: SheetSpec['conditionalFormats'] = [
    {
      kind: 'criteria',
      ranges: ['B1:B2'],
      criterion: 'numberGreaterThan',
      values: [1],
      format: { background: '#00ff00' },
    },
    {
      kind: 'gradient',
      ranges: ['B1:B2'],
      min: { type: 'min', color: '#ffffff' },
      max: { type: 'max', color: '#0000ff' },
    },
    { kind: 'formula', ranges: ['A1:A2'], formula: '=$B1>1', format: { fontColor: '#ff0000' } },
  ];
  apply({ sheets: [sheet({ conditionalFormats: rules })] });
  const report = ss.getSheetByName('Report')!;
  expect(report.getConditionalFormatRules()[2]!.getBooleanCondition()!.getCriteriaValues()).toEqual([
    '=($B1>1)+N("kpikit")',
  ]);
  // The user adds a rule of each kind, one on the very same range as ours but another kind of range set.
  const user = em.SpreadsheetApp.newConditionalFormatRule()
    .whenNumberLessThan(0)
    .setBackground('#ff0000')
    .setRanges([report.getRange('B1:B1')])
    .build();
  report.setConditionalFormatRules([...report.getConditionalFormatRules(), user]);

  apply({ sheets: [sheet({ conditionalFormats: rules })] });
  apply({ sheets: [sheet({ conditionalFormats: rules.slice(2) })] });
  const after = em.snapshot().sheets.find((s) => s.name === 'Report')!.conditionalFormatRules;
  expect(after).toHaveLength(2);
  expect(after[0]).toMatchObject({ ranges: ['B1'] });
  expect(after[1]).toMatchObject({ ranges: ['A1:A2'] });
});

test('a protection someone set is never weakened; ours is warning-only', () => {
  const { em, ss, apply } = setup();
  apply({ sheets: [sheet({ protection: { description: 'KPI Kit' } })] });
  expect(em.snapshot().sheets[1]!.protections).toEqual([
    expect.objectContaining({ warningOnly: true, description: 'KPI Kit' }),
  ]);
  const report = ss.getSheetByName('Report')!;
  report
    .getProtections(em.SpreadsheetApp.ProtectionType.SHEET)[0]!
    .setWarningOnly(false)
    .setDescription('locked by the owner');
  apply({ sheets: [sheet({ protection: { description: 'KPI Kit' } })] });
  expect(em.snapshot().sheets[1]!.protections).toEqual([
    expect.objectContaining({ warningOnly: false, description: 'locked by the owner' }),
  ]);
});

test("a sheet without KPI Kit's mark is refused as a last guard, before anything is written", () => {
  const { em, apply } = setup(['Report']);
  const before = em.snapshot();
  expect(() => apply({ sheets: [sheet({ name: 'Mine', role: 'objectives' }), sheet()] })).toThrow(
    /KPI Kit did not create the sheet "Report"/,
  );
  expect(em.snapshot()).toEqual(before);
});

test('named ranges, extra metadata and the role mark', () => {
  const { em, apply } = setup();
  apply({
    sheets: [
      sheet({
        namedRanges: [{ name: 'KpiKit_Test', a1: 'B2' }],
        metadata: [{ key: 'kpikit.version', value: '1' }],
      }),
    ],
    activeSheet: 'Report',
  });
  const snap = em.snapshot();
  expect(snap.namedRanges).toMatchObject({ KpiKit_Test: expect.stringMatching(/Report.*B\$?2/) });
  expect(snap.activeSheet).toBe('Report');
  expect(snap.sheets[1]!.developerMetadata).toEqual([
    expect.objectContaining({ key: 'kpikit.role', value: 'scorecard' }),
    expect.objectContaining({ key: 'kpikit.version', value: '1' }),
  ]);
  apply({ sheets: [sheet({ metadata: [{ key: 'kpikit.version', value: '2' }] })] });
  expect(em.snapshot().sheets[1]!.developerMetadata).toEqual([
    expect.objectContaining({ key: 'kpikit.role', value: 'scorecard' }),
    expect.objectContaining({ key: 'kpikit.version', value: '2' }),
  ]);
});
