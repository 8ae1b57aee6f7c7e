// `npm run export -- plan.json out.xlsx`: builds a KPI plan's workbook offline (the real dist/Code.js on
// the Sheets emulator) and writes it as an .xlsx file for Excel, LibreOffice or Google Sheets.
import { readDist, staleReason } from '../dev/playground';
import { describeSource, EXIT, exportPlan } from '../dev/xlsx';
import { build } from './lib/build';

const USAGE =
  'Usage: npm run export -- plan.json out.xlsx (a KPI plan or a template file; examples in examples/)';

async function main(): Promise<number> {
  const [planPath, outPath, ...rest] = process.argv.slice(2);
  if (!planPath || !outPath || rest.length > 0) {
    console.error(USAGE);
    return EXIT.usage;
  }
  if (!outPath.toLowerCase().endsWith('.xlsx')) {
    console.error(`${outPath}: the output file must end with .xlsx. ${USAGE}`);
    return EXIT.usage;
  }
  const reason = staleReason();
  if (reason) {
    console.error(`Building dist/ (${reason})…`);
    await build();
  }
  const outcome = await exportPlan(planPath, outPath, readDist('Code.js'));
  if (!outcome.ok) {
    console.error(outcome.message);
    return outcome.exitCode;
  }
  console.log(`Read ${planPath}: ${describeSource(outcome.source)}.`);
  console.log(`${outPath} written: ${outcome.sheets.join(', ')}.`);
  if (outcome.warnings.length > 0) {
    console.log(`Warnings (${outcome.warnings.length}):`);
    for (const w of outcome.warnings) console.log(`  - ${w}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
