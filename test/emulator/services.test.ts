import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '../../dev/emulator';

describe('PropertiesService', () => {
  test('document, user and script stores are separate', () => {
    const { PropertiesService } = createEmulator();
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('plan', '{"a":1}').setProperties({ b: '2', c: '3' });
    PropertiesService.getUserProperties().setProperty('plan', 'user');
    expect(doc.getProperty('plan')).toBe('{"a":1}');
    expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({
      plan: '{"a":1}',
      b: '2',
      c: '3',
    });
    expect(PropertiesService.getUserProperties().getProperty('plan')).toBe('user');
    expect(PropertiesService.getScriptProperties().getProperty('plan')).toBeNull();
    doc.deleteProperty('b');
    expect(doc.getKeys()).toEqual(['plan', 'c']);
    doc.setProperties({ only: '1' }, true);
    expect(doc.getProperties()).toEqual({ only: '1' });
    doc.deleteAllProperties();
    expect(doc.getProperties()).toEqual({});
  });

  test('a value over 9 KB is refused and nothing is written', () => {
    const props = createEmulator().PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    // 9 KB counts bytes: 4 700 two-byte characters (9 400 bytes) are too much.
    expect(() => props.setProperty('accents', 'é'.repeat(4700))).toThrow('Argument too large: value');
  });

  test('a store over 500 KB is refused', () => {
    const props = createEmulator().PropertiesService.getScriptProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, chunk);
    expect(() => props.setProperty('one-more', chunk)).toThrow(/property storage quota/);
    expect(props.getProperty('one-more')).toBeNull();
  });
});

describe('CacheService', () => {
  test('put/get/getAll/remove with expiry on the emulator clock', () => {
    const emulator = createEmulator({ today: '2026-03-15T10:00:00Z' });
    const cache = emulator.CacheService.getDocumentCache();
    if (!cache) throw new Error('no cache');
    cache.put('a', '1', 60);
    cache.putAll({ b: '2', c: '3' });
    expect(cache.get('a')).toBe('1');
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    cache.remove('b');
    expect(cache.get('b')).toBeNull();
    emulator.setToday('2026-03-15T10:01:01Z');
    expect(cache.get('a')).toBeNull();
    expect(cache.get('c')).toBe('3');
    emulator.setToday('2026-03-15T10:11:00Z');
    expect(cache.get('c')).toBeNull();
  });

  test('values over 100 KB and keys over 250 characters are refused', () => {
    const cache = createEmulator().CacheService.getScriptCache();
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    cache.put('fits', 'x'.repeat(100 * 1024));
    expect(cache.get('fits')).toHaveLength(100 * 1024);
  });
});

describe('LockService', () => {
  test('a lock held by another execution makes tryLock fail and waitLock throw', () => {
    const emulator = createEmulator();
    const release = emulator.locks.holdDocumentLock();
    const lock = emulator.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(30000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    // Script locks are independent.
    expect(emulator.LockService.getScriptLock().tryLock(10)).toBe(true);
    release();
    lock.waitLock(30000);
    expect(lock.hasLock()).toBe(true);
  });

  test('two executions contend; releasing lets the second in', () => {
    const { LockService } = createEmulator();
    const first = LockService.getDocumentLock();
    const second = LockService.getDocumentLock();
    expect(first.tryLock(10)).toBe(true);
    expect(first.tryLock(10)).toBe(true);
    expect(second.tryLock(10)).toBe(false);
    first.releaseLock();
    expect(second.tryLock(10)).toBe(true);
    expect(first.hasLock()).toBe(false);
  });
});

describe('Ui, HtmlService and Session', () => {
  test('menus and sidebars are recorded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-html-'));
    writeFileSync(join(dir, 'Sidebar.html'), '<p>wizard</p>');
    const emulator = createEmulator({ htmlDir: dir });
    const ui = emulator.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Open KPI wizard', 'showSidebar').addSeparator().addToUi();
    ui.showSidebar(emulator.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('KPI Kit'));
    expect(emulator.ui.menus).toEqual([
      {
        kind: 'addon',
        caption: '',
        items: [{ caption: 'Open KPI wizard', functionName: 'showSidebar' }, 'separator'],
        addedToUi: true,
      },
    ]);
    expect(emulator.ui.sidebars).toEqual([
      expect.objectContaining({ title: 'KPI Kit', content: '<p>wizard</p>', file: 'Sidebar' }),
    ]);
    expect(() => emulator.HtmlService.createHtmlOutputFromFile('Missing')).toThrow(/Missing/);
    const out = emulator.HtmlService.createHtmlOutput('<b>x</b>').setWidth(400);
    expect([out.getContent(), out.getWidth()]).toEqual(['<b>x</b>', 400]);
  });

  test('alert and prompt answer from the scripted queue', () => {
    const emulator = createEmulator();
    const ui = emulator.SpreadsheetApp.getUi();
    emulator.ui.answer('NO', { button: 'OK', text: 'Q2 plan' });
    expect(ui.alert('Rebuild?', 'This replaces the scorecard.', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const response = ui.prompt('Plan name', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual([ui.Button.OK, 'Q2 plan']);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    ui.alert('OK');
    expect(emulator.ui.alerts.map((a) => [a.kind, a.title, a.prompt, a.buttons, a.answer])).toEqual([
      ['alert', 'Rebuild?', 'This replaces the scorecard.', 'YES_NO', 'NO'],
      ['prompt', '', 'Plan name', 'OK_CANCEL', 'OK'],
      ['alert', '', 'Done', 'OK', 'OK'],
      ['alert', '', 'OK', 'OK', 'OK'],
    ]);
  });

  test('Session and ScriptApp', () => {
    const emulator = createEmulator({ userLocale: 'fr', timeZone: 'America/New_York' });
    expect(emulator.Session.getActiveUserLocale()).toBe('fr');
    // The script's zone is the manifest's, not the spreadsheet's.
    expect(emulator.Session.getScriptTimeZone()).toBe('Europe/Paris');
    expect(emulator.SpreadsheetApp.getActive().getSpreadsheetTimeZone()).toBe('America/New_York');
    expect(createEmulator({ scriptTimeZone: 'UTC' }).Session.getScriptTimeZone()).toBe('UTC');
    expect(emulator.ScriptApp.AuthMode.NONE).toBe('NONE');
  });

  test('AuthMode.NONE allows only the add-on menu', () => {
    const emulator = createEmulator({ authMode: 'NONE' });
    emulator.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addToUi();
    expect(() => emulator.SpreadsheetApp.getActive()).toThrow(/not allowed in AuthMode.NONE/);
    expect(() => emulator.PropertiesService.getDocumentProperties()).toThrow(/AuthMode.NONE/);
    emulator.setAuthMode('LIMITED');
    expect(emulator.SpreadsheetApp.getActive().getName()).toBe('Untitled spreadsheet');
  });
});

describe('Utilities.formatDate', () => {
  const { Utilities } = createEmulator();
  const date = new Date('2026-03-05T14:07:09.042Z');
  test.each([
    ['yyyy-MM-dd', 'UTC', '2026-03-05'],
    ['dd/MM/yy HH:mm:ss', 'Europe/Paris', '05/03/26 15:07:09'],
    ['EEE d MMM yyyy', 'UTC', 'Thu 5 Mar 2026'],
    ['EEEE, MMMM d', 'UTC', 'Thursday, March 5'],
    ['h:mm a', 'America/New_York', '9:07 AM'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", 'Asia/Kolkata', '2026-03-05T19:37:09.042+05:30'],
    ['Z', 'Europe/Paris', '+0100'],
    ["'week' D", 'UTC', 'week 64'],
  ])('%s in %s', (pattern, zone, expected) => {
    expect(Utilities.formatDate(date, zone, pattern)).toBe(expected);
  });
});
