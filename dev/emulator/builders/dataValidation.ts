/** SpreadsheetApp.newDataValidation(): the builder and the built DataValidation with its getters. */
import { unwrap } from '../calls';
import type { Wrap } from './color';

export interface ValidationData {
  criteria: string;
  /** As Apps Script returns them: list values, a Range for requireValueInRange, numbers, Dates. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export function validationData(rule: unknown): ValidationData {
  const impl = unwrap(rule) as { _data?: ValidationData };
  if (!impl || !impl._data)
    throw new Error('Expected a DataValidation built with SpreadsheetApp.newDataValidation().');
  return impl._data;
}

function clone(data: ValidationData): ValidationData {
  return { ...data, values: data.values.map((v) => (Array.isArray(v) ? [...v] : v)) };
}

export function makeValidation(
  data: ValidationData,
  wrap: Wrap,
): GoogleAppsScript.Spreadsheet.DataValidation {
  return wrap(
    {
      _data: data,
      copy: () => makeValidationBuilder(wrap, clone(data)),
      getAllowInvalid: () => data.allowInvalid,
      getCriteriaType: () => data.criteria,
      getCriteriaValues: () => data.values.map((v) => (Array.isArray(v) ? [...v] : v)),
      getHelpText: () => (data.helpText === '' ? null : data.helpText),
    },
    'DataValidation',
  );
}

export function makeValidationBuilder(
  wrap: Wrap,
  initial: ValidationData = { criteria: '', values: [], allowInvalid: true, helpText: '' },
): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  const data = initial;
  const require = (criteria: string, ...values: unknown[]) => {
    data.criteria = criteria;
    data.values = values;
    return self;
  };
  const impl = {
    build: () => {
      if (data.criteria === '')
        throw new Error(
          'You must set a validation criteria (for example requireValueInList) before calling build().',
        );
      return makeValidation(clone(data), wrap);
    },
    copy: () => makeValidationBuilder(wrap, clone(data)),
    getAllowInvalid: () => data.allowInvalid,
    getCriteriaType: () => data.criteria,
    getCriteriaValues: () => [...data.values],
    getHelpText: () => (data.helpText === '' ? null : data.helpText),
    setAllowInvalid: (allow: boolean) => ((data.allowInvalid = allow), self),
    setHelpText: (text: string) => ((data.helpText = text), self),
    withCriteria: (criteria: unknown, args: unknown[]) => require(String(criteria), ...args),
    requireCheckbox: (...values: unknown[]) => require('CHECKBOX', ...values),
    requireDate: () => require('DATE_IS_VALID_DATE'),
    requireDateAfter: (d: Date) => require('DATE_AFTER', d),
    requireDateBefore: (d: Date) => require('DATE_BEFORE', d),
    requireDateBetween: (a: Date, b: Date) => require('DATE_BETWEEN', a, b),
    requireDateNotBetween: (a: Date, b: Date) => require('DATE_NOT_BETWEEN', a, b),
    requireDateEqualTo: (d: Date) => require('DATE_EQUAL_TO', d),
    requireDateOnOrAfter: (d: Date) => require('DATE_ON_OR_AFTER', d),
    requireDateOnOrBefore: (d: Date) => require('DATE_ON_OR_BEFORE', d),
    requireFormulaSatisfied: (f: string) => require('CUSTOM_FORMULA', f),
    requireNumberBetween: (a: number, b: number) => require('NUMBER_BETWEEN', a, b),
    requireNumberNotBetween: (a: number, b: number) => require('NUMBER_NOT_BETWEEN', a, b),
    requireNumberEqualTo: (n: number) => require('NUMBER_EQUAL_TO', n),
    requireNumberNotEqualTo: (n: number) => require('NUMBER_NOT_EQUAL_TO', n),
    requireNumberGreaterThan: (n: number) => require('NUMBER_GREATER_THAN', n),
    requireNumberGreaterThanOrEqualTo: (n: number) => require('NUMBER_GREATER_THAN_OR_EQUAL_TO', n),
    requireNumberLessThan: (n: number) => require('NUMBER_LESS_THAN', n),
    requireNumberLessThanOrEqualTo: (n: number) => require('NUMBER_LESS_THAN_OR_EQUAL_TO', n),
    requireTextContains: (t: string) => require('TEXT_CONTAINS', t),
    requireTextDoesNotContain: (t: string) => require('TEXT_DOES_NOT_CONTAIN', t),
    requireTextEqualTo: (t: string) => require('TEXT_EQUAL_TO', t),
    requireTextIsEmail: () => require('TEXT_IS_VALID_EMAIL'),
    requireTextIsUrl: () => require('TEXT_IS_VALID_URL'),
    requireValueInList: (values: unknown[], showDropdown = true) => {
      if (!Array.isArray(values) || values.length === 0)
        throw new Error('requireValueInList(values) needs a non-empty array of values.');
      return require('VALUE_IN_LIST', [...values], showDropdown);
    },
    requireValueInRange: (range: unknown, showDropdown = true) =>
      require('VALUE_IN_RANGE', range, showDropdown),
  };
  const self: GoogleAppsScript.Spreadsheet.DataValidationBuilder = wrap(impl, 'DataValidationBuilder');
  return self;
}
