/** Range: number formats, colours, fonts, alignment, wrapping and borders (kept in the sheet model). */
import { colorObject } from '../builders/color';
import { AUTOMATIC_FORMAT, effectiveFormat } from '../cells';
import { normalizeColorInput } from '../colorInput';
import { errors } from '../errors';
import type { Range } from './rangeBase';
import { RangeValues } from './values';

export class RangeFormats extends RangeValues {
  // Number formats

  getNumberFormat(): string {
    this._alive();
    return effectiveFormat(this._ctx, this._sheet, this._row, this._col) ?? AUTOMATIC_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this._map((r, c) => effectiveFormat(this._ctx, this._sheet, r, c) ?? AUTOMATIC_FORMAT);
  }

  setNumberFormat(numberFormat: string): Range {
    return this.setNumberFormats(this._fill(numberFormat));
  }

  setNumberFormats(numberFormats: string[][]): Range {
    this._alive();
    this._checkShape(numberFormats, 'setNumberFormats');
    return this._eachMeta(numberFormats, (m, v) => {
      m.numberFormat = v === null || v === '' ? undefined : String(v);
    });
  }

  // Colours and fonts

  getBackground(): string {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.background ?? '#ffffff';
  }

  getBackgrounds(): string[][] {
    return this._map((r, c) => this._sheet.cell(r, c)?.background ?? '#ffffff');
  }

  getBackgroundObject(): GoogleAppsScript.Spreadsheet.Color {
    return colorObject(this.getBackground(), this._ctx.wrap);
  }

  setBackground(color: string | null): Range {
    return this.setBackgrounds(this._fill(color));
  }

  setBackgrounds(colors: Array<Array<string | null>>): Range {
    this._alive();
    this._checkShape(colors, 'setBackgrounds');
    return this._eachMeta(colors, (m, v) => {
      m.background = normalizeColorInput(v, 'background');
    });
  }

  /** Deprecated in Apps Script (and absent from the types) but still callable; kept for old code. */
  getFontColor(): string {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.fontColor ?? '#000000';
  }

  getFontColors(): string[][] {
    return this._map((r, c) => this._sheet.cell(r, c)?.fontColor ?? '#000000');
  }

  getFontColorObject(): GoogleAppsScript.Spreadsheet.Color {
    return colorObject(this.getFontColor(), this._ctx.wrap);
  }

  getFontColorObjects(): GoogleAppsScript.Spreadsheet.Color[][] {
    return this.getFontColors().map((line) => line.map((c) => colorObject(c, this._ctx.wrap)));
  }

  setFontColor(color: string | null): Range {
    return this.setFontColors(this._fill(color));
  }

  setFontColors(colors: unknown[][]): Range {
    this._alive();
    this._checkShape(colors, 'setFontColors');
    return this._eachMeta(colors, (m, v) => {
      m.fontColor = normalizeColorInput(v, 'fontColor');
    });
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getFontWeights()[0]?.[0] ?? 'normal';
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._map(
      (r, c) => (this._sheet.cell(r, c)?.fontWeight ?? 'normal') as GoogleAppsScript.Spreadsheet.FontWeight,
    );
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    return this.setFontWeights(this._fill(fontWeight));
  }

  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): Range {
    this._alive();
    this._checkShape(fontWeights, 'setFontWeights');
    return this._eachMeta(fontWeights, (m, v) => {
      m.fontWeight = oneOf(v, ['bold', 'normal'], 'fontWeight');
    });
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.getFontStyles()[0]?.[0] ?? 'normal';
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this._map(
      (r, c) => (this._sheet.cell(r, c)?.fontStyle ?? 'normal') as GoogleAppsScript.Spreadsheet.FontStyle,
    );
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    return this.setFontStyles(this._fill(fontStyle));
  }

  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): Range {
    this._alive();
    this._checkShape(fontStyles, 'setFontStyles');
    return this._eachMeta(fontStyles, (m, v) => {
      m.fontStyle = oneOf(v, ['italic', 'normal'], 'fontStyle');
    });
  }

  getFontSize(): number {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.fontSize ?? 10;
  }

  setFontSize(size: number): Range {
    this._alive();
    return this._eachMeta(this._fill(size), (m, v) => {
      m.fontSize = v as number;
    });
  }

  getFontFamily(): string {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.fontFamily ?? 'Arial';
  }

  setFontFamily(fontFamily: string | null): Range {
    this._alive();
    return this._eachMeta(this._fill(fontFamily), (m, v) => {
      m.fontFamily = v === null ? undefined : String(v);
    });
  }

  // Alignment and wrapping

  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0]?.[0] ?? 'general';
  }

  getHorizontalAlignments(): string[][] {
    return this._map((r, c) => this._sheet.cell(r, c)?.horizontalAlignment ?? 'general');
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this.setHorizontalAlignments(this._fill(alignment));
  }

  setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): Range {
    this._alive();
    this._checkShape(alignments, 'setHorizontalAlignments');
    return this._eachMeta(alignments, (m, v) => {
      const value = oneOf(v, ['left', 'center', 'normal', 'right', 'general'], 'alignment');
      m.horizontalAlignment = value === 'normal' ? undefined : value;
    });
  }

  getVerticalAlignment(): string {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.verticalAlignment ?? 'bottom';
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    this._alive();
    return this._eachMeta(this._fill(alignment), (m, v) => {
      m.verticalAlignment = oneOf(v, ['top', 'middle', 'bottom'], 'alignment');
    });
  }

  getWrap(): boolean {
    return this.getWraps()[0]?.[0] ?? false;
  }

  getWraps(): boolean[][] {
    return this._map((r, c) => (this._sheet.cell(r, c)?.wrapStrategy ?? 'OVERFLOW') === 'WRAP');
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.setWraps(this._fill(isWrapEnabled));
  }

  setWraps(isWrapEnabled: boolean[][]): Range {
    this._alive();
    this._checkShape(isWrapEnabled, 'setWraps');
    return this._eachMeta(isWrapEnabled, (m, v) => {
      m.wrapStrategy = v ? 'WRAP' : 'OVERFLOW';
    });
  }

  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    this._alive();
    return (this._sheet.cell(this._row, this._col)?.wrapStrategy ??
      'OVERFLOW') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    return this.setWrapStrategies(this._fill(strategy));
  }

  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): Range {
    this._alive();
    this._checkShape(strategies, 'setWrapStrategies');
    return this._eachMeta(strategies, (m, v) => {
      m.wrapStrategy = oneOf(String(v), ['WRAP', 'OVERFLOW', 'CLIP'], 'strategy');
    });
  }

  setTextRotation(): Range {
    // Recorded nowhere: rotation does not change values, colours or validations.
    this._alive();
    return this._self;
  }

  setShowHyperlink(): Range {
    this._alive();
    return this._self;
  }

  setBorder(...args: unknown[]): Range {
    this._alive();
    const [top, left, bottom, right, vertical, horizontal, color, style] = args;
    const border = {
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: color ?? null,
      style: style === undefined ? null : String(style),
    };
    return this._eachMeta(this._fill(null), (m) => {
      m.border = border;
    });
  }
}

function oneOf(value: unknown, allowed: string[], name: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value);
  if (!allowed.includes(text))
    throw errors.invalidArgument(`${name} ("${text}"; expected one of ${allowed.join(', ')})`);
  return text;
}
