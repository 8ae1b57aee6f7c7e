/**
 * Ui: menus, sidebars and dialogs are recorded; alert() and prompt() answer from a queue of scripted
 * responses (default: OK, and "" for a prompt's text).
 */
import { unwrap } from '../calls';
import type { Wrap } from '../context';
import { Button, ButtonSet } from '../enums';
import type { HtmlOutputData } from './html';

export interface RecordedMenuItem {
  caption: string;
  functionName: string | null;
  subMenu?: RecordedMenu;
}

export interface RecordedMenu {
  kind: 'addon' | 'menu';
  caption: string;
  items: Array<RecordedMenuItem | 'separator'>;
  addedToUi: boolean;
}

export interface RecordedDialog {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  file: string | null;
  width: number;
  height: number;
}

export interface RecordedAlert {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  answer: string;
  text?: string;
}

export type ScriptedAnswer = string | { button: string; text?: string };

export class UiRecorder {
  readonly menus: RecordedMenu[] = [];
  readonly dialogs: RecordedDialog[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly answers: ScriptedAnswer[] = [];

  /** The sidebars shown, in order. */
  get sidebars(): RecordedDialog[] {
    return this.dialogs.filter((d) => d.kind === 'sidebar');
  }

  /** Queues the answers the next alert()/prompt() calls will get (Button names, or {button, text}). */
  answer(...answers: ScriptedAnswer[]): void {
    this.answers.push(...answers);
  }

  nextAnswer(): { button: string; text: string } {
    const next = this.answers.shift();
    if (next === undefined) return { button: Button.OK as unknown as string, text: '' };
    return typeof next === 'string'
      ? { button: next, text: '' }
      : { button: next.button, text: next.text ?? '' };
  }
}

export function ui(recorder: UiRecorder, wrap: Wrap): GoogleAppsScript.Base.Ui {
  const menu = (kind: 'addon' | 'menu', caption: string): GoogleAppsScript.Base.Menu => {
    const data: RecordedMenu = { kind, caption, items: [], addedToUi: false };
    const self: GoogleAppsScript.Base.Menu = wrap(
      {
        _data: data,
        addItem: (c: string, functionName: string) => (data.items.push({ caption: c, functionName }), self),
        addSeparator: () => (data.items.push('separator'), self),
        addSubMenu: (sub: unknown) => {
          const subData = (unwrap(sub) as { _data: RecordedMenu })._data;
          data.items.push({ caption: subData.caption, functionName: null, subMenu: subData });
          return self;
        },
        addToUi: () => {
          data.addedToUi = true;
          if (!recorder.menus.includes(data)) recorder.menus.push(data);
        },
      },
      'Menu',
    );
    return self;
  };
  const show = (kind: RecordedDialog['kind'], output: unknown, title?: string) => {
    const d = (unwrap(output) as { _data?: HtmlOutputData })._data;
    if (!d) throw new Error('Expected an HtmlOutput from HtmlService.');
    recorder.dialogs.push({
      kind,
      title: title ?? d.title,
      content: d.content,
      file: d.file,
      width: d.width,
      height: d.height,
    });
  };
  /** (prompt), (prompt, buttons), (title, prompt, buttons): the buttons come last, after a text. */
  const parse = (args: unknown[]) => {
    const last = args[args.length - 1];
    const hasButtons = args.length >= 2 && typeof last === 'string' && last in ButtonSet;
    const texts = (hasButtons ? args.slice(0, -1) : args).map((a) => String(a));
    const [title, prompt] = texts.length >= 2 ? [texts[0], texts[1]] : ['', texts[0]];
    return { title: title ?? '', prompt: prompt ?? '', buttons: hasButtons ? String(last) : 'OK' };
  };
  const alertImpl = (...args: unknown[]) => {
    const { title, prompt, buttons } = parse(args);
    const { button } = recorder.nextAnswer();
    recorder.alerts.push({ kind: 'alert', title, prompt, buttons, answer: button });
    return button;
  };
  const promptImpl = (...args: unknown[]) => {
    const { title, prompt, buttons } = parse(args);
    const { button, text } = recorder.nextAnswer();
    recorder.alerts.push({ kind: 'prompt', title, prompt, buttons, answer: button, text });
    return wrap({ getSelectedButton: () => button, getResponseText: () => text }, 'PromptResponse');
  };
  return wrap(
    {
      createAddonMenu: () => menu('addon', ''),
      createMenu: (caption: string) => menu('menu', caption),
      showSidebar: (output: unknown) => show('sidebar', output),
      showModalDialog: (output: unknown, title: string) => show('modal', output, title),
      showModelessDialog: (output: unknown, title: string) => show('modeless', output, title),
      alert: alertImpl,
      prompt: promptImpl,
      Button,
      ButtonSet,
    },
    'Ui',
  );
}
