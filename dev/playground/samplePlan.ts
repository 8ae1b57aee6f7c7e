// The sample a visitor loads with one click: a small plan over the current year, and a few months of
// tracked values, so a scorecard with every status colour shows at once.

export interface Sample {
  readonly plan: Record<string, unknown>;
  /** KPI id → values of the first months, in order. */
  readonly tracked: Readonly<Record<string, readonly number[]>>;
}

export function samplePlan(year: number, language: 'fr' | 'en'): Sample {
  const fr = language === 'fr';
  const plan = {
    version: 1,
    name: fr ? `Croissance e-commerce ${year}` : `E-commerce growth ${year}`,
    language,
    currency: 'EUR',
    period: { start: `${year}-01-01`, end: `${year}-12-31`, frequency: 'monthly' },
    strategy: fr
      ? 'Devenir la référence en ligne du mobilier éco-conçu'
      : 'Become the online reference for eco-designed furniture',
    goal: fr ? "Doubler le chiffre d'affaires en ligne en deux ans" : 'Double online revenue in two years',
    objectives: [
      {
        id: 'so-1',
        title: fr
          ? `Augmenter les ventes en ligne de 20 % d'ici fin ${year}`
          : `Increase online sales by 20% by the end of ${year}`,
        operational: [
          {
            id: 'oo-1',
            title: fr
              ? `Porter le taux de conversion de 1,8 % à 2,4 % d'ici le 30 juin ${year}`
              : `Raise the conversion rate from 1.8% to 2.4% by 30 June ${year}`,
            kpis: [
              {
                id: 'conversion-rate',
                name: fr ? 'Taux de conversion' : 'Conversion rate',
                libraryId: 'conversion_rate',
                unit: 'percent',
                direction: 'higher',
                baseline: 0.018,
                target: 0.024,
                deadline: `${year}-06-30`,
                weight: 2,
                owner: fr ? 'Équipe e-commerce' : 'E-commerce team',
                source: 'GA4',
              },
              {
                id: 'online-revenue',
                name: fr ? 'CA en ligne' : 'Online revenue',
                unit: 'currency',
                direction: 'higher',
                aggregation: 'sum',
                baseline: 0,
                target: 1200000,
                source: 'Shopify',
              },
            ],
          },
          {
            id: 'oo-2',
            title: fr
              ? `Réduire le coût d'acquisition de 45 € à 35 € d'ici fin ${year}`
              : `Cut the acquisition cost from €45 to €35 by the end of ${year}`,
            kpis: [
              {
                id: 'cpa',
                name: fr ? 'Coût par acquisition' : 'Cost per acquisition',
                unit: 'currency',
                direction: 'lower',
                baseline: 45,
                target: 35,
                source: 'Google Ads',
              },
            ],
          },
        ],
      },
    ],
  };
  return {
    plan,
    tracked: {
      'conversion-rate': [0.019, 0.021, 0.023],
      'online-revenue': [70000, 80000, 85000],
      cpa: [46, 47, 48],
    },
  };
}
