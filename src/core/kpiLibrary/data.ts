import type { KpiDefinition } from './schema';

// The KPI library. Plain data, checked by test/core/kpiLibrary against the schema.
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    id: 'conversion_rate',
    name: { fr: 'Taux de conversion', en: 'Conversion rate' },
    definition: {
      fr: 'Part des sessions qui aboutissent à une conversion (achat, formulaire envoyé).',
      en: 'Share of sessions that end in a conversion (purchase, form sent).',
    },
    formula: { fr: 'conversions / sessions', en: 'conversions / sessions' },
    aliases: { fr: ['taux de transformation', 'conversion'], en: ['cr', 'cvr', 'conversion'] },
    unit: 'percent',
    direction: 'higher',
    aggregation: 'last',
    channel: 'ecommerce',
    stage: 'convert',
    category: 'efficiency',
    sources: ['GA4', 'Matomo', 'Shopify'],
  },
];
