import { CHANNEL_WORDS, STAGE_WORDS } from '../libraryWords';
import { getKpi } from '../kpiLibrary';
import type { ReviewContext } from './context';
import {
  type AcquisitionChannel,
  ACQUISITION_CHANNELS,
  channelsNamed,
  foldedWords,
  type Stage,
  stagesNamed,
} from './words';
import type { RawFinding } from './types';

// The plan as a whole: KPIs on every channel it relies on, and on every stage of the funnel it aims at.

/** The plan's texts that state what it relies on and aims at, with their paths, in plan order. */
function statements({ plan }: ReviewContext): { path: string; text: string; folded: string }[] {
  const out = [
    { path: 'strategy', text: plan.strategy ?? '' },
    { path: 'goal', text: plan.goal ?? '' },
  ];
  plan.objectives.forEach((strategic, i) => {
    out.push({ path: `objectives[${i}].title`, text: strategic.title });
    strategic.operational.forEach((operational, j) =>
      out.push({ path: `objectives[${i}].operational[${j}].title`, text: operational.title }),
    );
  });
  return out.filter((s) => s.text.trim() !== '').map((s) => ({ ...s, folded: foldedWords(s.text) }));
}

// The library KPIs a fix suggests first for a channel or a stage: the ones a consultant would start with.
export const SUGGESTED: Readonly<Record<AcquisitionChannel | Stage, readonly [string, string]>> = {
  seo: ['organic_sessions', 'top10_keywords'],
  social: ['social_engagements', 'social_traffic'],
  email: ['email_click_rate', 'email_conversion_rate'],
  paid: ['cpa', 'roas'],
  attract: ['sessions', 'social_reach'],
  engage: ['engagement_rate', 'email_click_rate'],
  convert: ['conversion_rate', 'leads'],
  retain: ['retention_rate', 'repeat_purchase_rate'],
  advocate: ['nps', 'review_count'],
};

function examples(key: AcquisitionChannel | Stage, lang: 'fr' | 'en'): string {
  return SUGGESTED[key].map((id) => getKpi(id)?.name[lang] ?? id).join(lang === 'fr' ? ' ou ' : ' or ');
}

export function coverageFindings(ctx: ReviewContext): RawFinding[] {
  const said = statements(ctx);
  const measuredChannels = new Set(ctx.kpis.flatMap((k) => [...k.channels]));
  const measuredStages = new Set(ctx.kpis.map((k) => k.stage));
  const out: RawFinding[] = [];

  for (const channel of ACQUISITION_CHANNELS) {
    if (measuredChannels.has(channel)) continue;
    const where = said.find((s) => channelsNamed(s.folded).includes(channel));
    if (!where) continue;
    // « le canal «\u00a0SEO\u00a0» », "relies on social media": in English the channel reads as a common noun.
    const word = {
      fr: `«\u00a0${CHANNEL_WORDS[channel].fr}\u00a0»`,
      en: channel === 'seo' ? 'SEO' : CHANNEL_WORDS[channel].en.toLowerCase(),
    };
    out.push({
      code: 'channel-without-kpi',
      severity: 'warning',
      path: where.path,
      message: {
        fr: `Le plan compte sur le canal ${word.fr}, mais aucun KPI ne le mesure\u00a0: une stratégie suivie sur quelques KPI seulement est bancale.`,
        en: `The plan relies on ${word.en}, but no KPI measures it: a strategy tracked on a few KPIs only is lopsided.`,
      },
      fix: {
        fr: `Ajoutez un KPI ${word.fr} (par exemple ${examples(channel, 'fr')}).`,
        en: `Add a KPI for ${word.en} (for example ${examples(channel, 'en')}).`,
      },
    });
  }

  const aimed = new Map<Stage, string>();
  for (const s of said) {
    const stages = [...stagesNamed(s.folded), ...ctx.named(s.text).map((k) => k.stage)];
    for (const stage of stages) if (!aimed.has(stage)) aimed.set(stage, s.path);
  }
  for (const [stage, path] of aimed) {
    if (measuredStages.has(stage)) continue;
    const word = STAGE_WORDS[stage];
    out.push({
      code: 'funnel-gap',
      severity: 'warning',
      path,
      message: {
        fr: `Les objectifs visent l’étape «\u00a0${word.fr}\u00a0» du parcours client, mais aucun KPI ne la couvre\u00a0: on ne verra pas où le parcours se bloque.`,
        en: `The objectives aim at the "${word.en}" stage of the funnel, but no KPI covers it: nobody will see where the funnel stalls.`,
      },
      fix: {
        fr: `Ajoutez un KPI de l’étape «\u00a0${word.fr}\u00a0» (par exemple ${examples(stage, 'fr')}).`,
        en: `Add a KPI of the "${word.en}" stage (for example ${examples(stage, 'en')}).`,
      },
    });
  }
  return out;
}
