import type { Check } from '../check';
import { chartChecks } from './charts';
import { conditionalFormatChecks } from './conditionalFormat';
import { customFunctionChecks } from './customFunctions';
import { developerMetadataChecks } from './developerMetadata';
import { errorChecks } from './errors';
import { formulaChecks } from './formulas';
import { inputChecks } from './input';
import { propertyChecks } from './properties';
import { sheetChecks } from './sheets';

/** Every check, in the order they run and are reported. */
export const CHECKS: readonly Check[] = [
  ...formulaChecks,
  ...inputChecks,
  ...conditionalFormatChecks,
  ...customFunctionChecks,
  ...sheetChecks,
  ...developerMetadataChecks,
  ...chartChecks,
  ...propertyChecks,
  ...errorChecks,
];

/**
 * Checks that run in Sheets but not yet in the emulator, with the reason. The emulator run reports them
 * as skipped with that reason; remove an entry once the emulator does what the check asks.
 */
export const PENDING_EMULATOR: Readonly<Record<string, string>> = {};
