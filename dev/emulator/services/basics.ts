/** Session, Utilities and ScriptApp. */
import { randomUUID } from 'node:crypto';
import type { Wrap } from '../context';
import { AuthMode } from '../enums';
import { formatDate } from './formatDate';

export function session(
  settings: { userLocale: () => string; timeZone: () => string; email: string },
  wrap: Wrap,
): GoogleAppsScript.Base.Session {
  const user = wrap({ getEmail: () => settings.email, getUserLoginId: () => settings.email }, 'User');
  return wrap(
    {
      getActiveUserLocale: () => settings.userLocale(),
      getScriptTimeZone: () => settings.timeZone(),
      getActiveUser: () => user,
      getEffectiveUser: () => user,
      getTemporaryActiveUserKey: () => 'emulated-user-key',
    },
    'Session',
  );
}

export function utilities(wrap: Wrap): GoogleAppsScript.Utilities.Utilities {
  return wrap(
    {
      formatDate: (date: Date, timeZone: string, format: string) => formatDate(date, timeZone, format),
      getUuid: () => randomUUID(),
      sleep: () => undefined,
      base64Encode: (data: string) => Buffer.from(String(data), 'utf8').toString('base64'),
      base64Decode: (data: string) =>
        [...Buffer.from(String(data), 'base64')].map((b) => (b > 127 ? b - 256 : b)),
      newBlob: () => {
        throw new Error('Utilities.newBlob is not emulated');
      },
    },
    'Utilities',
  );
}

export function scriptApp(authMode: () => string, wrap: Wrap): GoogleAppsScript.Script.ScriptApp {
  return wrap(
    {
      AuthMode,
      getAuthorizationInfo: () =>
        wrap(
          { getAuthorizationStatus: () => 'NOT_REQUIRED', getAuthorizationUrl: () => null },
          'AuthorizationInfo',
        ),
      getScriptId: () => 'emulated-script-id',
      _authMode: authMode,
    },
    'ScriptApp',
  );
}
