import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The two Apps Script projects this repository pushes: the add-on, and the conformance suite. */
export interface PushTarget {
  readonly name: 'add-on' | 'conformance';
  /** The folder clasp pushes, relative to the repository. */
  readonly dir: string;
  /** Where the project's .clasp.json lives, relative to the repository. */
  readonly projectFile: string;
  /** The rootDir that .clasp.json must hold (relative to the folder that holds it). */
  readonly rootDir: string;
  /** How to create the project, in the words the error shows. */
  readonly create: readonly string[];
}

export const TARGETS: Record<PushTarget['name'], PushTarget> = {
  'add-on': {
    name: 'add-on',
    dir: 'dist',
    projectFile: '.clasp.json',
    rootDir: 'dist',
    create: [
      'standalone (the Editor add-on, test deployments, publishing) / autonome (module complémentaire, tests, publication):',
      '  npx clasp create --type standalone --title "KPI Kit" --rootDir dist',
      "bound to a new spreadsheet (to try it in that one spreadsheet) / lié à un nouveau classeur (pour l'essayer dans ce classeur) :",
      '  npx clasp create --type sheets --title "KPI Kit" --rootDir dist',
    ],
  },
  conformance: {
    name: 'conformance',
    dir: 'dist-conformance',
    projectFile: 'dist-conformance/.clasp.json',
    rootDir: '.',
    create: ['  npm run conformance:create   (docs/VERIFY-IN-SHEETS.md)'],
  },
};

/**
 * What stops `clasp push` from pushing the target's folder to a real project, one line each, in French
 * and English: no .clasp.json (clasp create writes it; it is not in git, since every maintainer has their
 * own project and clasp create refuses to run where one exists), no script id, or another rootDir.
 */
export function claspProjectProblems(target: PushTarget, text: string | null): string[] {
  const create = target.create.join('\n');
  if (text === null)
    return [
      `${target.projectFile} is missing: create the Apps Script project once, then run this again.\n` +
        `${target.projectFile} manque : créez d'abord le projet Apps Script, puis relancez.\n${create}`,
    ];
  let settings: { scriptId?: unknown; rootDir?: unknown };
  try {
    settings = JSON.parse(text) as typeof settings;
  } catch (error) {
    return [
      `${target.projectFile} is not JSON (${(error as Error).message}): delete it and create the project again.\n` +
        `${target.projectFile} n'est pas du JSON : supprimez-le et recréez le projet.\n${create}`,
    ];
  }
  const problems: string[] = [];
  // Script ids are about 57 letters, digits, "-" and "_"; REPLACE_... is the placeholder this file once had.
  if (
    typeof settings.scriptId !== 'string' ||
    !/^[\w-]{20,}$/.test(settings.scriptId) ||
    settings.scriptId.startsWith('REPLACE_')
  )
    problems.push(
      `${target.projectFile} has no script id (scriptId is ${JSON.stringify(settings.scriptId)}): create the project, or put the id of yours (Project Settings > IDs).\n` +
        `${target.projectFile} n'a pas d'identifiant de script : créez le projet, ou mettez l'identifiant du vôtre (Paramètres du projet > ID).\n${create}`,
    );
  const rootDir = typeof settings.rootDir === 'string' ? settings.rootDir.replace(/\/+$/, '') || '.' : '.';
  if (rootDir !== target.rootDir)
    problems.push(
      `${target.projectFile} has "rootDir": ${JSON.stringify(settings.rootDir ?? null)}: set "rootDir": "${target.rootDir}", where the build writes.\n` +
        `${target.projectFile} a "rootDir": ${JSON.stringify(settings.rootDir ?? null)} : mettez "rootDir": "${target.rootDir}", là où écrit la build.`,
    );
  return problems;
}

/**
 * Removes what the build did not write from the pushed folder (clasp create pulls the new project's
 * default Code.gs there, which would otherwise be pushed beside Code.js), and returns the names removed.
 */
export function removeStrayFiles(dir: string, built: readonly string[]): string[] {
  const keep = new Set([...built, '.clasp.json']);
  const stray = readdirSync(dir).filter((name) => !keep.has(name));
  for (const name of stray) rmSync(join(dir, name), { recursive: true, force: true });
  return stray;
}
