import { wallClock } from '../serial';

/**
 * Utilities.formatDate(date, timeZone, pattern): the SimpleDateFormat letters scripts use: y, M (M,
 * MM, MMM, MMMM), d, E (EEE, EEEE), a, H, k, K, h, m, s, S, z/Z/X, u, D, and 'quoted text'. Month and
 * day names are English, as in Apps Script (which formats with the Java root locale).
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  offsetMinutes: number;
}

function partsIn(date: Date, timeZone: string): Parts {
  const { year, month, day, hour, minute, second } = wallClock(date.getTime(), timeZone);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((asUtc - (date.getTime() - date.getUTCMilliseconds())) / 60000);
  return {
    // SimpleDateFormat's y is the year of the era (1 BC prints 1).
    year: year <= 0 ? 1 - year : year,
    month,
    day,
    hour,
    minute,
    second,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    offsetMinutes,
  };
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

function offset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  return `${sign}${h}${colon ? ':' : ''}${m}`;
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) {
    throw new Error('Invalid argument: date (Utilities.formatDate needs a valid Date).');
  }
  const p = partsIn(date, timeZone);
  const dayOfYear =
    Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000) + 1;
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end === -1 ? undefined : end);
      i = end === -1 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern.charAt(i + n) === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
      case 'Y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1]?.slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'D':
        out += pad(dayOfYear, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday]?.slice(0, 3);
        break;
      case 'u':
        out += String(p.weekday === 0 ? 7 : p.weekday);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'K':
        out += pad(p.hour % 12, n);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(date.getUTCMilliseconds(), 3).slice(0, Math.max(n, 3));
        break;
      case 'Z':
        out += offset(p.offsetMinutes, false);
        break;
      case 'X':
        out += p.offsetMinutes === 0 ? 'Z' : offset(p.offsetMinutes, n >= 3);
        break;
      case 'z':
        out += `GMT${offset(p.offsetMinutes, true)}`;
        break;
      default:
        throw new Error(
          `Invalid argument: pattern (letter "${ch}" is not supported by the emulator's formatDate)`,
        );
    }
  }
  return out;
}
