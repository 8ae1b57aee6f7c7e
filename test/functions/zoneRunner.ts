// Run by timeZones.test.ts in a child process whose TZ is the script's zone (appsscript.json's
// Europe/Paris): Apps Script runs the script on that clock, so dist/Code.js's local getters must show
// Paris time here too, which a jest worker (on the machine's zone) cannot arrange. For each spreadsheet
// zone it builds a sheet on the emulator, which hands date cells to custom functions as Sheets does
// (the instant of midnight in the spreadsheet's zone), and prints what the user sees, as JSON.
import { createEmulator } from '../../dev/emulator';
import { readDist } from '../helpers/codeJs';

const [zonesJson = '[]', today = ''] = process.argv.slice(2);
const code = readDist('Code.js');
const out: Record<string, unknown> = {};
for (const zone of JSON.parse(zonesJson) as string[]) {
  const emulator = createEmulator({ timeZone: zone, today, customFunctions: { codeJs: code } });
  const sheet = emulator.SpreadsheetApp.getActive().getActiveSheet();
  // Typed as a user types them (en_US): date cells.
  sheet.getRange('A1:A3').setValues([['1/1/2027'], ['12/31/2027'], ['7/2/2027']]);
  sheet
    .getRange('B1:B6')
    .setFormulas([
      ['=KPI_PACE(50, 0, 100, A1, A2, A1)'],
      ['=KPI_PACE(50, 0, 100, "2027-01-01", A2, A3)'],
      ['=KPI_PACE(50, 0, 100, A1, A2)'],
      ['=KPI_PACE(50, 0, 100, A1, A2, TODAY())'],
      ['=SMART_CHECK("Grow leads by 20%", A2, , , "detail")'],
      ['=KPI_FORECAST(C1:C3, A1:A3, A2)'],
    ]);
  sheet.getRange('C1:C3').setValues([[10], [375], [191]]);
  const view = emulator.view(sheet.getName());
  out[zone] = {
    dates: sheet.getRange('A1:A3').getDisplayValues().flat(),
    today: sheet.getRange('D1').setFormula('=TEXT(TODAY(), "yyyy-mm-dd")').getDisplayValue(),
    results: sheet.getRange('B1:B6').getValues().flat(),
    errors: ['B1', 'B2', 'B3', 'B4', 'B5', 'B6'].map((a1) => view.cell(a1).error ?? null),
    timeOfLocalMidnight: new Date(2027, 0, 1).toString(),
  };
}
process.stdout.write(JSON.stringify(out));
