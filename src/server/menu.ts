import type { Translated } from '../core/i18n';

/** One add-on menu item: its label in each language and the global function it runs. */
export interface MenuItemSpec {
  readonly label: Translated;
  readonly functionName: string;
}

/**
 * The add-on menu, top to bottom. Every `functionName` must be a top-level entry point in dist/Code.js
 * (the bundle test checks it), or Sheets shows "Script function not found" when the item is clicked.
 */
export const MENU_ITEMS: readonly MenuItemSpec[] = [
  { label: { fr: 'Ouvrir l’assistant KPI', en: 'Open KPI wizard' }, functionName: 'showSidebar' },
  {
    label: {
      fr: 'Construire le tableau de bord depuis ce classeur',
      en: 'Build scorecard from this workbook',
    },
    functionName: 'rebuildFromWorkbook',
  },
  {
    label: { fr: 'Insérer la feuille bibliothèque de KPI', en: 'Insert KPI library sheet' },
    functionName: 'insertKpiLibrarySheet',
  },
];

export const SIDEBAR_TITLE: Translated = { fr: 'KPI Kit', en: 'KPI Kit' };
