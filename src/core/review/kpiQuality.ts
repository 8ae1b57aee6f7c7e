import { quoted, type ReviewContext } from './context';
import type { RawFinding } from './types';

// Each KPI on its own: reliable (a source the team reads it from), actionable (an owner who can move it)
// and set against a reference (where it starts from).

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

export function kpiQualityFindings({ kpis }: ReviewContext): RawFinding[] {
  return kpis.flatMap(({ kpi, path, entry }) => {
    const name = quoted(kpi.name);
    const out: RawFinding[] = [];
    if (blank(kpi.source)) {
      const sources = entry ? entry.sources.join(', ') : 'GA4, Search Console, CRM';
      out.push({
        code: 'kpi-without-source',
        severity: 'warning',
        path: `${path}.source`,
        message: {
          fr: `Le KPI ${name.fr} n’a pas de source\u00a0: personne ne sait où lire sa valeur, ni si deux personnes lisent la même.`,
          en: `The KPI ${name.en} has no source: nobody knows where to read its value, or whether two people read the same one.`,
        },
        fix: {
          fr: `Nommez l’outil où la lire (par exemple ${sources}).`,
          en: `Name the tool it is read from (for example ${sources}).`,
        },
      });
    }
    if (blank(kpi.owner))
      out.push({
        code: 'kpi-without-owner',
        severity: 'tip',
        path: `${path}.owner`,
        message: {
          fr: `Le KPI ${name.fr} n’a pas de responsable\u00a0: quand il décroche, personne n’est chargé d’agir.`,
          en: `The KPI ${name.en} has no owner: when it slips, nobody is in charge of acting.`,
        },
        fix: {
          fr: 'Indiquez la personne ou l’équipe qui peut le faire bouger.',
          en: 'Name the person or team who can move it.',
        },
      });
    if (kpi.baseline === undefined)
      out.push({
        code: 'kpi-without-baseline',
        severity: 'tip',
        path: `${path}.baseline`,
        message: {
          fr: `Le KPI ${name.fr} n’a pas de valeur de départ\u00a0: on ne peut dire si sa cible est ambitieuse ni suivre son rythme.`,
          en: `The KPI ${name.en} has no baseline: nobody can tell whether its target is ambitious, nor track its pace.`,
        },
        fix: {
          fr: 'Saisissez sa valeur de la dernière période mesurée.',
          en: 'Type its value over the last period measured.',
        },
      });
    return out;
  });
}
