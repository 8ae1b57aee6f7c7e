import fc from 'fast-check';
import { findKpisInText, listKpis } from '../../../src/core/kpiLibrary';

const ids = (text: string): string[] => findKpisInText(text).map((kpi) => kpi.id);

/** Real-looking objectives and the KPI they name first. */
const OBJECTIVES: readonly (readonly [string, string])[] = [
  // SEO
  ["Augmenter le trafic organique de 30 % d'ici le 31/12/2027", 'organic_sessions'],
  ['Augmenter le trafic organique de 30 % d’ici fin 2027', 'organic_sessions'],
  ['Doubler le nombre de clics organiques dans la Search Console en 6 mois', 'organic_clicks'],
  ["Passer de la position moyenne 14 à 8 sur nos mots-clés stratégiques d'ici T3", 'average_position'],
  ['Obtenir 40 nouveaux domaines référents avant juin 2027', 'referring_domains'],
  ['Faire passer le nombre de pages indexées de 1 200 à 2 000', 'indexed_pages'],
  ['Grow organic impressions by 50% by Q4 2027', 'organic_impressions'],
  ['Augmenter le CTR organique de 2 % à 3 %', 'organic_ctr'],
  // Social
  ["Atteindre 10 000 abonnés Instagram d'ici décembre", 'followers'],
  ["Atteindre 10 000 abonnes Instagram d'ici decembre", 'followers'],
  ['Grow LinkedIn followers by 25% by the end of Q2', 'followers'],
  ['Increase our engagement rate by reach on Instagram from 3% to 4.5% by June', 'engagement_rate_by_reach'],
  ['Porter le taux d’engagement sur les abonnés Facebook à 2 % au S1', 'engagement_rate_by_followers'],
  ['Reach 1M video views on YouTube in 2027', 'video_views'],
  ['Gagner 5 000 abonnés YouTube en un an', 'youtube_subscribers'],
  ['Improve average view duration on YouTube to 2 minutes by Q4', 'average_view_duration'],
  ['Doubler le nombre de partages de nos publications en 2027', 'shares'],
  // E-mail
  ['Augmenter le taux d’ouverture de la newsletter de 22 % à 28 % d’ici mars', 'email_open_rate'],
  ["Augmenter le taux d'ouverture de la newsletter de 22 % à 28 % d'ici mars", 'email_open_rate'],
  ['Faire passer le taux de réactivité de 10 % à 15 % au T2', 'email_click_to_open_rate'],
  ['Maintenir le taux de desabonnement sous 0,2 % par campagne', 'email_unsubscribe_rate'],
  ['Raise the click-to-open rate to 15% by September', 'email_click_to_open_rate'],
  ['Keep the spam complaint rate below 0.1% all year', 'email_spam_complaint_rate'],
  ['Augmenter le CTR des emails de 2 % à 3 %', 'email_click_rate'],
  ['Réduire le taux de rebond des e-mails sous 2 %', 'email_bounce_rate'],
  // Paid
  ["Reduire le cout par acquisition de 45 € a 35 € d'ici fin 2027", 'cpa'],
  ["Réduire le coût par acquisition de 45 € à 35 € d'ici fin 2027", 'cpa'],
  ['Atteindre un ROAS de 4 sur Google Ads au T4', 'roas'],
  ['Lower CPC on Google Ads by 15% within 90 days', 'cpc'],
  ['Baisser le CPL de nos campagnes Meta de 20 % en 3 mois', 'cpl'],
  ["Améliorer le niveau de qualité moyen de 5 à 7 d'ici T3", 'quality_score'],
  ['Augmenter le CTR de nos annonces Google Ads de 2 % à 3 %', 'paid_ctr'],
  // E-commerce
  ['Augmenter le taux de conversion du site de 1,8 % à 2,5 % en 2027', 'conversion_rate'],
  ["Réduire le taux d'abandon de panier de 75 % à 65 % avant les soldes", 'cart_abandonment_rate'],
  ["Faire passer le panier moyen de 62 € à 70 € d'ici Noël", 'average_order_value'],
  ['Augmenter le CA de 20 % d’ici fin 2027', 'revenue'],
  ['Increase average order value from $54 to $60 by Q3', 'average_order_value'],
  ['Cut the return rate to 8% by the end of the year', 'return_rate'],
  ['Fidéliser nos clients : taux de réachat de 25 % à 35 % en 2027', 'repeat_purchase_rate'],
  // Web analytics
  ["Réduire le taux de rebond de 55 % à 45 % d'ici juin", 'bounce_rate'],
  ['Increase sessions by 20% year over year by December', 'sessions'],
  ['Increase the GA4 engagement rate from 52% to 60% by Q3', 'engagement_rate'],
  ['Gagner 20 % de nouveaux utilisateurs au S2', 'new_users'],
  ['Multiplier par 3 les inscriptions au webinar avant septembre', 'sign_ups'],
  // Sales
  ["Générer 300 leads par mois via LinkedIn Ads d'ici juin", 'leads'],
  ['Generer 120 MQL par trimestre en 2027', 'mql'],
  ['Increase the win rate from 20% to 28% by the end of FY27', 'win_rate'],
  ["Raccourcir le cycle de vente de 90 à 60 jours d'ici fin 2027", 'sales_cycle_length'],
  ['Book 40 sales meetings per month from Q2', 'meetings_booked'],
  // Finance
  ['Réduire le CAC de 15 % tout en gardant un ratio LTV/CAC supérieur à 3', 'ltv_cac_ratio'],
  ["Atteindre un ROI marketing de 300 % sur l'exercice 2027", 'marketing_roi'],
  ['Améliorer le taux de marge brute de 2 points en 2027', 'gross_margin'],
  ['Augmenter la croissance du CA de 5 points en 2027', 'revenue_growth'],
  ['Augmenter le bénéfice net de 10 % sur l’exercice 2027', 'net_profit'],
  ['Gagner 2 points de part de marché d’ici 2028', 'market_share'],
  // Customer
  ["Réduire le churn de 5 % à 3 % par mois d'ici fin 2027", 'churn_rate'],
  ["Passer le NPS de 32 à 45 d'ici un an", 'nps'],
  ['Faire passer la notoriété assistée de 20 % à 30 % auprès des 25-35 ans', 'brand_awareness'],
  ['Raise CSAT to 90% by Q4', 'csat'],
  ['Obtenir 200 avis Google avec une note moyenne de 4,6 d’ici fin 2027', 'average_rating'],
  ['Ramener le délai de première réponse sous 4 heures au T1', 'first_response_time'],
  // Terms people write that the library first missed
  ['Win 50 new B2B customers by the end of 2027', 'new_customers'],
  ['Acquire 200 new paying customers in 2027', 'new_customers'],
  ['Conquérir 50 nouveaux clients B2B d’ici fin 2027', 'new_customers'],
  ['Vendre 300 nouveaux abonnements au T1', 'new_customers'],
  ['Grow the customer base from 1,200 to 1,500 by 2027', 'active_customers'],
  ['Élargir la base de clients de 10 % en 2027', 'active_customers'],
  ['Atteindre 5 000 abonnements actifs d’ici fin 2027', 'active_customers'],
  ['Grow paid subscriptions by 20% in 2027', 'active_customers'],
  ['Increase market share from 8% to 10% by 2027', 'market_share'],
  ['Passer de 8 % à 10 % de part de marché en 2027', 'market_share'],
  ['Grow the email list to 20,000 contacts by Q4', 'email_list_size'],
  ['Faire passer la liste e-mail de 8 000 à 12 000 inscrits', 'email_list_size'],
  ['Atteindre 10 000 contacts dans le CRM d’ici fin 2027', 'email_list_size'],
  ['Doubler les abonnements à la newsletter en 2027', 'email_list_size'],
  ['Increase returning customers by 15%', 'repeat_purchase_rate'],
  ['Augmenter les clients récurrents de 20 %', 'repeat_purchase_rate'],
  ['Generate 120 demo requests per quarter', 'leads'],
  ['Générer 80 demandes de démo par mois', 'leads'],
  ['Réduire les réclamations de 30 % en 2027', 'customer_complaints'],
  ['Halve customer complaints by Q4', 'customer_complaints'],
  ['Reduce page load time from 3.2 s to 2 s', 'page_load_time'],
  ['Réduire le temps de chargement des pages sous 2 secondes', 'page_load_time'],
  ['Réduire le délai de livraison de 5 à 3 jours', 'delivery_time'],
  ['Cut delivery time to 48 hours', 'delivery_time'],
  ['Improve our SEO rankings for 20 keywords', 'average_position'],
  ['Améliorer nos positions Google sur 20 mots-clés', 'average_position'],
  ['Augmenter la notoriété de la marque de 20 % à 30 %', 'brand_awareness'],
  ['Raise brand awareness from 20% to 30% among 25-34s', 'brand_awareness'],
  ['Augmenter la fréquentation du magasin de 15 %', 'store_visits'],
  ['Grow footfall by 10% over Christmas', 'store_visits'],
  ['Increase store visits from Google Ads by 20%', 'store_visits'],
  ['Augmenter la fréquentation de notre site de 20 %', 'sessions'],
];

/** Objectives that name no KPI, including everyday words that fold to an abbreviation. */
const NO_KPI: readonly string[] = [
  'Améliorer notre image de marque',
  'Be better known in our city',
  "Ça va être une belle année pour l'équipe",
  'Ca va etre une belle annee',
  'Dans ce cas, ces actions seront lancées au printemps',
  'Lead the market by 2027',
  "Organiser un séminaire d'équipe en mars",
  "Recruter deux développeurs d'ici juin",
  'Open a new store in Lyon next year',
  'Augmenter la fréquence de publication sur LinkedIn',
  'Launch the new website in Q3',
  "Garder une marge de manœuvre sur les coûts de l'entrepôt",
  "Former l'équipe commerciale au nouveau CRM avant l'été",
  'Hold a weekly team meeting to share ideas',
  'Publish two blog posts per week',
  'Profiter du rebond du marché pour lancer la gamme',
  'Gagner en notoriété auprès des 25-35 ans',
  'Rénover les installations du siège en 2027',
  'CES OBJECTIFS SONT PRIORITAIRES',
  // A KPI word inside a phrase that means something else.
  'Hire two sales reps by Q3',
  'Reach out to 50 partners in 2027',
  'Reach a wider audience next year',
  "Tenir nos engagements RSE d'ici 2027",
  // "clients"/"customers" alone name people, not a number to track; "positions" and "rankings" need SEO or
  // Google beside them; the break-even point is not ROI.
  'Fidéliser nos clients',
  'Nos clients sont notre priorité',
  'Our customers come first',
  'Delight our customers this year',
  'Améliorer nos positions dans le secteur',
  'Top rankings in the industry awards',
  "Atteindre le seuil de rentabilité d'ici 2027",
  'Hit break-even in 2027',
  'Mettre à jour nos contacts presse',
  'Build relationships with media contacts',
  'Réduire nos abonnements logiciels',
  'Cancel unused software subscriptions',
  'Win new B2B partners',
];

describe('findKpisInText', () => {
  it('has enough cases', () => {
    expect(OBJECTIVES.length).toBeGreaterThanOrEqual(30);
    expect(NO_KPI.length).toBeGreaterThanOrEqual(10);
  });

  it.each(OBJECTIVES)('finds the KPI in "%s"', (text, id) => {
    expect(ids(text)[0]).toBe(id);
  });

  it.each(NO_KPI)('finds nothing in "%s"', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('ignores accents, case and the kind of apostrophe', () => {
    const expected = ['email_open_rate'];
    expect(ids("taux d'ouverture")).toEqual(expected);
    expect(ids('taux d’ouverture')).toEqual(expected);
    expect(ids('TAUX D’OUVERTURE')).toEqual(expected);
    expect(ids('reduire le cout par acquisition')).toEqual(['cpa']);
    expect(ids('RÉDUIRE LE COÛT PAR ACQUISITION')).toEqual(['cpa']);
  });

  it('finds plurals of its terms', () => {
    expect(ids('Générer 50 leads')).toEqual(['leads']);
    expect(ids('Improve conversion rates')[0]).toBe('conversion_rate');
    expect(ids('Improve open rates')).toEqual(['email_open_rate']);
    expect(ids('Plus de ventes')).toEqual(['revenue']);
    expect(ids('baisser les coûts par acquisition')).toEqual(['cpa']);
  });

  it('still reads the KPI word outside the phrases that mean something else', () => {
    expect(ids('Increase sales by 15%')).toEqual(['revenue']);
    expect(ids('Increase our reach to 100k')).toEqual(['social_reach']);
    expect(ids('Améliorer l’engagement de nos abonnés Instagram')).toContain('social_engagements');
  });

  it('reads "CA" and "CES" only as capitals in a text that also has lower case', () => {
    expect(ids('Augmenter le CA de 10 %')).toEqual(['revenue']);
    expect(ids('Ça augmente de 10 %')).toEqual([]);
    expect(ids('ca augmente de 10 %')).toEqual([]);
    expect(ids('Améliorer le CES de 5 à 6')).toEqual(['ces']);
    expect(ids('Améliorer ces résultats')).toEqual([]);
    expect(ids('AUGMENTER LE CA')).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(ids('Un cas froid, des caisses')).toEqual([]);
    expect(ids('Le ROI du salon')).toEqual(['roi']);
    expect(ids('leadership et ctrl')).toEqual([]);
  });

  it('puts the longest term first and returns each KPI once', () => {
    expect(ids('taux de conversion des leads et taux de conversion')).toEqual([
      'lead_to_customer_rate',
      'conversion_rate',
      'email_conversion_rate',
      'ads_conversion_rate',
    ]);
    expect(ids('CPA, coût par acquisition et CPA moyen')).toEqual(['cpa']);
    expect(ids('LTV:CAC de 3 et CAC de 200 €')).toEqual(['ltv_cac_ratio', 'cac']);
  });

  it('chooses among KPIs sharing a name by the channel the text mentions', () => {
    expect(ids('Augmenter le CTR de la newsletter')).toEqual(['email_click_rate']);
    expect(ids('Augmenter le CTR des annonces')).toEqual(['paid_ctr']);
    expect(ids('Augmenter le CTR SEO')).toEqual(['organic_ctr']);
    expect(ids('Augmenter le taux d’engagement sur Instagram')).toEqual([
      'engagement_rate_by_reach',
      'engagement_rate_by_followers',
    ]);
    expect(ids('Augmenter le taux d’engagement du site')[0]).toBe('engagement_rate');
    // No channel named: every KPI of that name, the one it names first.
    expect(ids('Réduire le taux de rebond')).toEqual(['bounce_rate', 'email_bounce_rate']);
  });

  it('finds every KPI by each of its names and aliases', () => {
    const missed = listKpis().flatMap((kpi) =>
      [
        kpi.name.fr,
        kpi.name.en,
        ...kpi.aliases.fr,
        ...kpi.aliases.en,
        ...(kpi.capitalAliases ?? []).map((c) => `le ${c}`),
      ]
        .filter((term) => !ids(term).includes(kpi.id))
        .map((term) => `${kpi.id}: ${term}`),
    );
    expect(missed).toEqual([]);
  });

  it('finds every KPI by its name written without accents, in capitals', () => {
    const bare = (text: string): string =>
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toUpperCase();
    const missed = listKpis()
      .filter((kpi) => !ids(`Améliorer ${bare(kpi.name.fr)} en 2027`).includes(kpi.id))
      .map((kpi) => kpi.id);
    expect(missed).toEqual([]);
  });

  it('never throws and never repeats a KPI, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const found = ids(text);
        expect(new Set(found).size).toBe(found.length);
      }),
    );
  });

  it('returns a fresh array the caller may change', () => {
    const first = findKpisInText('CPA');
    first.length = 0;
    expect(ids('CPA')).toEqual(['cpa']);
  });
});
