import type { ValidationSpec } from '../spec';
import type { SpreadsheetServices } from './services';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** "Any number": Sheets has no such criterion, so a range wide enough for every KPI. */
const ANY_NUMBER = 1e15;

/**
 * Builds DataValidation objects from specs, each distinct spec once: the grid of a 500 × 52 Tracking
 * sheet reuses one object, so building costs the same calls for 5 KPIs as for 500.
 */
export function validationBuilder(
  app: SpreadsheetServices,
  rangeOf: (sheet: string, a1: string) => GoogleAppsScript.Spreadsheet.Range,
): (spec: ValidationSpec | null) => DataValidation | null {
  const cache = new Map<string, DataValidation>();
  return (spec) => {
    if (spec === null) return null;
    const key = JSON.stringify(spec);
    const cached = cache.get(key);
    if (cached) return cached;
    let builder = app.newDataValidation();
    switch (spec.kind) {
      case 'list':
        builder = builder.requireValueInList([...spec.values], true);
        break;
      case 'rangeList':
        builder = builder.requireValueInRange(rangeOf(spec.sheet, spec.a1), true);
        break;
      case 'number':
        builder =
          spec.min !== undefined && spec.max !== undefined
            ? builder.requireNumberBetween(spec.min, spec.max)
            : spec.min !== undefined
              ? builder.requireNumberGreaterThanOrEqualTo(spec.min)
              : spec.max !== undefined
                ? builder.requireNumberLessThanOrEqualTo(spec.max)
                : builder.requireNumberBetween(-ANY_NUMBER, ANY_NUMBER);
        break;
      case 'date':
        builder = builder.requireDate();
        break;
    }
    if (spec.helpText) builder = builder.setHelpText(spec.helpText);
    const built = builder.setAllowInvalid(spec.strict === false).build();
    cache.set(key, built);
    return built;
  };
}
