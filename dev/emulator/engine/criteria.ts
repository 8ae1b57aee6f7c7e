/** Sheets' criterion strings for *IFS functions: "=x", "<>x", ">5", "<=2024-01-01", wildcards * and ?. */
import { EmptyValue, isRichNumber } from './sheetsValues';

function plain(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  return isRichNumber(value) ? value.val : value;
}

function wildcard(pattern: string): RegExp {
  // "~*" and "~?" are a literal * and ?; every other character but * and ? is literal.
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    const next = pattern.charAt(i + 1);
    if (ch === '~' && (next === '*' || next === '?')) {
      source += `\\${next}`;
      i++;
    } else if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'is');
}

export function matchesCriterion(cell: unknown, criterion: unknown): boolean {
  const value = plain(cell);
  const crit = plain(criterion);
  if (typeof crit === 'number' || typeof crit === 'boolean') return value === crit;
  const text = String(crit);
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text);
  const op = m?.[1] ?? '=';
  const operand = m?.[2] ?? '';
  const asNumber = operand.trim() !== '' && Number.isFinite(Number(operand)) ? Number(operand) : undefined;
  if (op === '=' || op === '<>') {
    let equal: boolean;
    if (asNumber !== undefined && typeof value === 'number') equal = value === asNumber;
    else if (operand === '') equal = value === '';
    else equal = typeof value === 'string' && wildcard(operand).test(value);
    return op === '=' ? equal : !equal;
  }
  if (asNumber !== undefined) {
    if (typeof value !== 'number') return false;
    return op === '<'
      ? value < asNumber
      : op === '>'
        ? value > asNumber
        : op === '<='
          ? value <= asNumber
          : value >= asNumber;
  }
  if (typeof value !== 'string') return false;
  const cmp = value.localeCompare(operand, undefined, { sensitivity: 'accent' });
  return op === '<' ? cmp < 0 : op === '>' ? cmp > 0 : op === '<=' ? cmp <= 0 : cmp >= 0;
}
