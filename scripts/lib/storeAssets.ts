import { join } from 'node:path';
import { MENU_ITEMS } from '../../src/server/menu';
import { root } from './build';

/** The menu item that opens the wizard, as the add-on's menu says it (one home: src/server/menu.ts). */
const wizardItem = MENU_ITEMS.find((item) => item.functionName === 'showSidebar')?.label ?? {
  fr: '',
  en: '',
};

/**
 * The listing's images, as the Google Workspace Marketplace SDK's Store Listing page asks for them
 * (application icons 32, 48, 96 and 128 px square, a 220 × 140 card banner, screenshots 1280 × 800):
 * check them against that page before publishing (docs/PUBLISH.md).
 */
export const STORE = join(root, 'store');

export const ICON_SIZES = [32, 48, 96, 128] as const;

export const BANNER = { width: 220, height: 140, file: 'banner-220x140.png' } as const;

export const SCREENSHOT = { width: 1280, height: 800 } as const;

export const iconFile = (size: number): string => `icon-${size}.png`;

/** The screenshots the listing shows, in order, per language (store/screenshots/<lang>/<name>.png). */
export const SCREENSHOTS = [
  '1-scorecard',
  '2-wizard',
  '3-wizard-plan',
  '4-tracking',
  '5-objectives',
] as const;

export const LANGUAGES = ['fr', 'en'] as const;

/**
 * What the screenshot script clicks and waits for, per language: the document's title it shows, the
 * sidebar's starter button, the menu item, the sheet tabs (test/store checks they still exist).
 */
export const SCREENSHOT_WORDS = {
  fr: {
    locale: 'fr_FR',
    browserLocale: 'fr-FR',
    wizard: wizardItem.fr,
    document: 'Croissance e-commerce 2027',
    starter: /Partir de «\s?Croissance e-commerce\s?»/,
    scorecard: 'Tableau de bord',
    tracking: 'Suivi',
    objectives: 'Objectifs',
  },
  en: {
    locale: 'en_US',
    browserLocale: 'en-US',
    wizard: wizardItem.en,
    document: 'E-commerce growth 2027',
    starter: /Start from “E-commerce growth”|Start from "E-commerce growth"/,
    scorecard: 'Scorecard',
    tracking: 'Tracking',
    objectives: 'Objectives',
  },
} as const;
