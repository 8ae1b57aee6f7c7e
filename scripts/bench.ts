// `npm run bench`: prints every performance figure the project promises, each against its budget, and
// exits non-zero when one is over. Tests check correctness; this is where speed and size are measured.
import { emulatorFigures } from './bench/emulator';
import { buildWorkbookFigures } from './bench/buildWorkbook';
import { bundleSizeFigures } from './bench/bundleSize';
import { customFunctionFigures } from './bench/customFunctions';
import { dataImportFigures } from './bench/dataImport';
import { planReviewFigures } from './bench/planReview';
import { type Figure, formatFigures } from './bench/figure';

async function main(): Promise<void> {
  const figures: Figure[] = [
    // First: its CPU time must not include the garbage collection of the heavy figures before it.
    ...planReviewFigures(),
    ...bundleSizeFigures(),
    ...customFunctionFigures(),
    ...buildWorkbookFigures(),
    ...dataImportFigures(),
    ...emulatorFigures(),
  ];
  const { lines, over } = formatFigures(figures);
  for (const line of lines) console.log(line);
  if (over.length > 0) {
    console.error(`\n${over.length} figure(s) over budget: ${over.map((f) => f.name).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
