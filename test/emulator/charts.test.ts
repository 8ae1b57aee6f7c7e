import { createEmulator } from '../../dev/emulator';

function setup() {
  const emulator = createEmulator({ sheets: ['Charts', 'Data'] });
  const ss = emulator.SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName('Charts');
  const data = ss.getSheetByName('Data');
  if (!sheet || !data) throw new Error('sheets missing');
  data.getRange('A1:C4').setValues([
    ['Month', 'Actual', 'Target'],
    ['Jan', 10, 12],
    ['Feb', 14, 12],
    ['Mar', 9, 12],
  ]);
  return { emulator, ss, sheet, data };
}

const a1s = (ranges: GoogleAppsScript.Spreadsheet.Range[]) =>
  ranges.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`);

describe('EmbeddedChartBuilder and insertChart', () => {
  test('a line chart keeps its ranges, options, headers and position; getCharts reads it back', () => {
    const { emulator, sheet, data } = setup();
    const chart = sheet
      .newChart()
      .asLineChart()
      .addRange(data.getRange('A1:C4'))
      .setNumHeaders(1)
      .setOption('title', 'Visits')
      .setOption('colors', ['#1a73e8', '#999999'])
      .setOption('series', { 1: { lineDashStyle: [4, 4] } })
      .setPosition(3, 2, 5, 7)
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);

    const [stored, ...others] = sheet.getCharts();
    expect(others).toHaveLength(0);
    expect(stored?.getChartId()).toEqual(expect.any(Number));
    expect(a1s(stored?.getRanges() ?? [])).toEqual(['Data!A1:C4']);
    expect(stored?.getOptions().get('title')).toBe('Visits');
    expect(stored?.getOptions().get('colors')).toEqual(['#1a73e8', '#999999']);
    expect(stored?.getOptions().get('legend')).toBeNull();
    expect(stored?.getNumHeaders()).toBe(1);
    expect(stored?.getTransposeRowsAndColumns()).toBe(false);
    const info = stored?.getContainerInfo();
    expect([info?.getAnchorRow(), info?.getAnchorColumn(), info?.getOffsetX(), info?.getOffsetY()]).toEqual([
      3, 2, 5, 7,
    ]);
    expect(emulator.snapshot().sheets[0]?.charts).toEqual([
      {
        id: stored?.getChartId(),
        type: 'LINE',
        ranges: ['Data!A1:C4'],
        options: {
          title: 'Visits',
          colors: ['#1a73e8', '#999999'],
          series: { '1': { lineDashStyle: [4, 4] } },
        },
        position: { anchor: 'B3', offsetX: 5, offsetY: 7 },
        numHeaders: 1,
        transpose: false,
      },
    ]);
    expect(emulator.calls.count('Sheet.insertChart')).toBe(1);
  });

  test.each([
    ['asColumnChart', 'COLUMN'],
    ['asBarChart', 'BAR'],
    ['asPieChart', 'PIE'],
    ['asLineChart', 'LINE'],
  ] as const)('%s sets the type %s', (method, type) => {
    const { emulator, sheet, data } = setup();
    sheet.insertChart(sheet.newChart()[method]().addRange(data.getRange('A1:B4')).build());
    expect(emulator.snapshot().sheets[0]?.charts[0]?.type).toBe(type);
  });

  test('setChartType takes a Charts.ChartType name; setTransposeRowsAndColumns is kept', () => {
    const { emulator, sheet, data } = setup();
    const builder = sheet.newChart().addRange(data.getRange('A1:B4'));
    builder.setChartType('COLUMN' as unknown as GoogleAppsScript.Charts.ChartType);
    builder.setTransposeRowsAndColumns(true);
    sheet.insertChart(builder.build());
    expect(emulator.snapshot().sheets[0]?.charts[0]).toMatchObject({ type: 'COLUMN', transpose: true });
  });

  test('a built chart is a copy: changing the builder afterwards changes nothing', () => {
    const { sheet, data } = setup();
    const builder = sheet.newChart().addRange(data.getRange('A1:B4')).setOption('title', 'One');
    const chart = builder.build();
    builder.setOption('title', 'Two');
    sheet.insertChart(chart);
    expect(sheet.getCharts()[0]?.getOptions().get('title')).toBe('One');
  });
});

describe('errors like Apps Script', () => {
  test('addRange needs a Range; a bad A1 fails at getRange', () => {
    const { sheet, data } = setup();
    const builder = sheet.newChart();
    expect(() => builder.addRange(null as unknown as GoogleAppsScript.Spreadsheet.Range)).toThrow(
      "The parameters (null) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.",
    );
    expect(() => builder.addRange('A1:B2' as unknown as GoogleAppsScript.Spreadsheet.Range)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.",
    );
    expect(() => data.getRange('A0:B2')).toThrow('Range not found');
  });

  test('setPosition refuses rows and columns outside the sheet, and non-numbers', () => {
    const { sheet } = setup();
    const builder = sheet.newChart();
    expect(() => builder.setPosition(0, 1, 0, 0)).toThrow('Invalid argument: anchorRowPos');
    expect(() => builder.setPosition(2000, 1, 0, 0)).toThrow('Those rows are out of bounds.');
    expect(() => builder.setPosition(1, 27, 0, 0)).toThrow('Those columns are out of bounds.');
    expect(() => builder.setPosition('A' as unknown as number, 1, 0, 0)).toThrow(
      "don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setPosition.",
    );
  });

  test('insertChart needs a built chart with data; updateChart and removeChart need a chart of the sheet', () => {
    const { ss, sheet, data } = setup();
    expect(() => sheet.insertChart(sheet.newChart().build())).toThrow('The chart has no data.');
    expect(() =>
      sheet.insertChart(sheet.newChart() as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart),
    ).toThrow('SpreadsheetApp.Sheet.insertChart');
    const never = sheet.newChart().addRange(data.getRange('A1:B4')).build();
    expect(() => sheet.updateChart(never)).toThrow('The chart was not found on this sheet.');
    sheet.insertChart(never);
    const stored = sheet.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
    expect(() =>
      (ss.getSheetByName('Data') as GoogleAppsScript.Spreadsheet.Sheet).removeChart(stored),
    ).toThrow('The chart was not found on this sheet.');
  });
});

describe('modify, updateChart, removeChart', () => {
  test('modify() → clearRanges/addRange/setOption → updateChart replaces the chart in place, same id', () => {
    const { emulator, sheet, data } = setup();
    sheet.insertChart(sheet.newChart().addRange(data.getRange('A1:B4')).setOption('title', 'Old').build());
    const before = sheet.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
    const id = before.getChartId();
    const modified = before
      .modify()
      .clearRanges()
      .addRange(data.getRange('A1:A4'))
      .addRange(data.getRange('C1:C4'))
      .setOption('title', 'New')
      .build();
    expect(sheet.getCharts()[0]?.getOptions().get('title')).toBe('Old'); // not saved before updateChart
    sheet.updateChart(modified);
    const after = sheet.getCharts();
    expect(after).toHaveLength(1);
    expect(after[0]?.getChartId()).toBe(id);
    expect(a1s(after[0]?.getRanges() ?? [])).toEqual(['Data!A1:A4', 'Data!C1:C4']);
    expect(after[0]?.getOptions().get('title')).toBe('New');
    expect(emulator.calls.count('Sheet.updateChart')).toBe(1);
  });

  test('removeRange drops one range; removeChart takes the chart away, the others stay', () => {
    const { sheet, data } = setup();
    const builder = sheet.newChart().addRange(data.getRange('A1:B4')).addRange(data.getRange('C1:C4'));
    builder.removeRange(data.getRange('A1:B4'));
    expect(a1s(builder.getRanges())).toEqual(['Data!C1:C4']);
    sheet.insertChart(builder.build());
    sheet.insertChart(sheet.newChart().addRange(data.getRange('A1:B4')).setOption('title', 'Kept').build());
    const [first, second] = sheet.getCharts();
    sheet.removeChart(first as GoogleAppsScript.Spreadsheet.EmbeddedChart);
    const left = sheet.getCharts();
    expect(left.map((c) => c.getChartId())).toEqual([second?.getChartId()]);
    expect(left[0]?.getOptions().get('title')).toBe('Kept');
  });
});

describe('ranges follow rows and columns, as in Sheets', () => {
  test('inserting rows before, inside and deleting rows of the charted sheet moves and resizes the ranges', () => {
    const { sheet, data } = setup();
    sheet.insertChart(sheet.newChart().addRange(data.getRange('B2:C4')).setPosition(5, 1, 0, 0).build());
    const ranges = () => a1s(sheet.getCharts()[0]?.getRanges() ?? []);
    data.insertRowsBefore(1, 2);
    expect(ranges()).toEqual(['Data!B4:C6']);
    data.insertRowsAfter(4, 1);
    expect(ranges()).toEqual(['Data!B4:C7']);
    data.deleteRows(1, 1);
    expect(ranges()).toEqual(['Data!B3:C6']);
    data.insertColumnsBefore(1, 1);
    expect(ranges()).toEqual(['Data!C3:D6']);
    data.deleteColumns(4, 1);
    expect(ranges()).toEqual(['Data!C3:C6']);
    // The charted sheet moved, not the chart's own sheet: its anchor stays.
    expect(sheet.getCharts()[0]?.getContainerInfo().getAnchorRow()).toBe(5);
  });

  test("the anchor moves with rows and columns inserted above or left of it on the chart's sheet", () => {
    const { sheet, data } = setup();
    sheet.insertChart(sheet.newChart().addRange(data.getRange('A1:B4')).setPosition(5, 3, 0, 0).build());
    sheet.insertRowsBefore(2, 3);
    sheet.insertColumnsBefore(1, 2);
    const info = sheet.getCharts()[0]?.getContainerInfo();
    expect([info?.getAnchorRow(), info?.getAnchorColumn()]).toEqual([8, 5]);
    expect(a1s(sheet.getCharts()[0]?.getRanges() ?? [])).toEqual(['Data!A1:B4']);
  });
});
