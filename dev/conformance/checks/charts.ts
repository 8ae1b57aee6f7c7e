import type { Check } from '../check';
import { thrown } from './values';

const a1s = (chart: GoogleAppsScript.Spreadsheet.EmbeddedChart | undefined) =>
  (chart?.getRanges() ?? []).map((r) => r.getA1Notation());

/**
 * Embedded charts as KPI Kit uses them: it inserts its charts, finds them again by the ids it recorded
 * (getChartId after getCharts), replaces them in place with modify() and updateChart, and relies on a
 * chart's ranges following the rows and columns of its data.
 */
export const chartChecks: Check[] = [
  {
    id: 'chart.ids-and-update-in-place',
    assumption: 33,
    title:
      'A built chart has no id until inserted; getCharts() gives each an id; modify() + updateChart keeps the id and replaces ranges and options; a second chart is untouched.',
    guess:
      'the reference documents getChartId() as "null if the chart is not in a spreadsheet"; that the id survives updateChart is assumed',
    run: ({ sheet }) => {
      sheet.getRange('A1:C4').setValues([
        ['Month', 'Actual', 'Target'],
        ['Jan', 10, 12],
        ['Feb', 14, 12],
        ['Mar', 9, 12],
      ]);
      const built = sheet
        .newChart()
        .asLineChart()
        .addRange(sheet.getRange('A1:B4'))
        .setOption('title', 'Ours')
        .setPosition(6, 1, 0, 0)
        .build();
      const idBeforeInsert = built.getChartId();
      sheet.insertChart(built);
      sheet.insertChart(
        sheet
          .newChart()
          .asColumnChart()
          .addRange(sheet.getRange('A1:C4'))
          .setOption('title', 'Theirs')
          .setPosition(6, 5, 0, 0)
          .build(),
      );
      const [ours, theirs] = sheet.getCharts();
      const id = ours?.getChartId();
      const updated = (ours as GoogleAppsScript.Spreadsheet.EmbeddedChart)
        .modify()
        .clearRanges()
        .addRange(sheet.getRange('A1:A4'))
        .addRange(sheet.getRange('C1:C4'))
        .setOption('title', 'Ours, updated')
        .build();
      sheet.updateChart(updated);
      const after = sheet.getCharts();
      const same = after.find((c) => c.getChartId() === id);
      const other = after.find((c) => c.getChartId() === theirs?.getChartId());
      return {
        expected: {
          idBeforeInsert: null,
          idsAreNumbers: true,
          count: 2,
          ranges: ['A1:A4', 'C1:C4'],
          title: 'Ours, updated',
          otherTitle: 'Theirs',
          otherRanges: ['A1:C4'],
        },
        actual: {
          idBeforeInsert,
          idsAreNumbers: typeof id === 'number' && typeof theirs?.getChartId() === 'number',
          count: after.length,
          ranges: a1s(same),
          title: same?.getOptions().get('title') ?? null,
          otherTitle: other?.getOptions().get('title') ?? null,
          otherRanges: a1s(other),
        },
      };
    },
  },
  {
    id: 'chart.ranges-follow-rows-columns',
    assumption: 32,
    title:
      "A chart's source range moves with rows and columns inserted before it, grows with rows inserted inside it and shrinks with rows deleted in it; its anchor moves with rows inserted above it.",
    guess: 'what the Sheets editor does to a chart when rows move; the reference says nothing',
    run: ({ sheet }) => {
      sheet.getRange('A1:B4').setValues([
        ['Month', 'Actual'],
        ['Jan', 1],
        ['Feb', 2],
        ['Mar', 3],
      ]);
      sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).setPosition(8, 4, 0, 0).build());
      const read = () => {
        const chart = sheet.getCharts()[0];
        return { ranges: a1s(chart), anchorRow: chart?.getContainerInfo().getAnchorRow() ?? null };
      };
      sheet.insertRowsBefore(1, 2);
      const inserted = read();
      sheet.insertRowsAfter(4, 1);
      const inside = read();
      sheet.deleteRows(5, 1);
      const deleted = read();
      sheet.insertColumnsBefore(1, 1);
      const column = read();
      return {
        expected: {
          inserted: { ranges: ['A3:B6'], anchorRow: 10 },
          inside: { ranges: ['A3:B7'], anchorRow: 11 },
          deleted: { ranges: ['A3:B6'], anchorRow: 10 },
          column: { ranges: ['B3:C6'], anchorRow: 10 },
        },
        actual: { inserted, inside, deleted, column },
      };
    },
  },
  {
    id: 'chart.bad-range-errors',
    assumption: 1,
    title:
      'addRange(null) is a signature mismatch; inserting a chart without a range and updating a chart that is not on the sheet throw.',
    guess: 'the messages are the emulator’s; Sheets’ wording is unknown until this runs there',
    run: ({ sheet }) => {
      return {
        expected: {
          nullRange:
            "The parameters (null) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.",
          noData: 'The chart has no data. Add a range with addRange() before inserting it.',
          notInserted: 'The chart was not found on this sheet.',
        },
        actual: {
          nullRange: thrown(() =>
            sheet.newChart().addRange(null as unknown as GoogleAppsScript.Spreadsheet.Range),
          ),
          noData: thrown(() => sheet.insertChart(sheet.newChart().build())),
          notInserted: thrown(() =>
            sheet.updateChart(sheet.newChart().addRange(sheet.getRange('A1:A2')).build()),
          ),
        },
      };
    },
  },
];
