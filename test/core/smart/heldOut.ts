/**
 * Held-out objectives for the Specific criterion: written from how marketing plans and guides phrase
 * objectives (HubSpot, Semrush, Asana, Brevo and French agency guides), in both languages, and never used
 * to tune the rules: a rule is changed for the tuning examples (`examples.ts`, `specific.test.ts`), and
 * this table only measures how well the rules generalise. Do not edit an entry to make it pass; when the
 * rules improve, add new unseen objectives here instead.
 * `specific`: whether a marketer would call the objective specific (a concrete change on a named metric or
 * a named deliverable; not a broad concept with no measure, segment or channel).
 */
export interface HeldOutObjective {
  readonly objective: string;
  readonly specific: boolean;
}

const s = (objective: string): HeldOutObjective => ({ objective, specific: true });
const vague = (objective: string): HeldOutObjective => ({ objective, specific: false });

export const HELD_OUT_ENGLISH: readonly HeldOutObjective[] = [
  s('Increase website traffic by 15% over the next quarter'),
  s('Boost email open rates to 25% by the end of Q2'),
  s('Generate 50 new leads per month from LinkedIn by June 2027'),
  s('Bring cost per acquisition down to $35 by Q3 2027'),
  s('Drive 500 demo requests from paid search in H1 2027'),
  s('Push the click-through rate from 1.2% to 1.8% by September 2027'),
  s('Land 12 new enterprise accounts by the end of 2027'),
  s('Close 40 new deals this quarter'),
  s('Onboard 300 new customers by Q4 2027'),
  s('Ramp up newsletter sign-ups to 1,000 a month by March 2027'),
  s('Scale paid social revenue from £20k to £30k per month by Q4 2027'),
  s('Bring churn back under 3% by the end of 2027'),
  s('Cut our bounce rate to below 40% by Q2 2027'),
  s('Move the repeat purchase rate from 18% to 24% by December 2027'),
  s('Win back 200 lapsed customers by Q3 2027'),
  s('Double our webinar attendance by the end of 2027'),
  s('Secure 15 press mentions by June 2027'),
  s('Earn 100 new Google reviews by the end of 2027'),
  s('Lift trial-to-paid conversion from 8% to 11% by Q3 2027'),
  s('Take our email list from 5,000 to 8,000 subscribers by December 2027'),
  s('Get average response time under 2 hours by Q2 2027'),
  s('Keep unsubscribe rate below 0.5% throughout 2027'),
  s('Reduce customer acquisition cost by 20% by the end of 2027'),
  s('Launch our new mobile app by Q3 2027'),
  s('Increase brand perception scores from 6.1 to 7 by 2027'),
  s('Grow our Instagram audience from 4,000 to 6,000 followers by 2027'),
  vague('Improve our online presence by 2027'),
  vague('Enhance customer experience across all touchpoints by 2027'),
  vague('Strengthen our brand by 2027'),
  vague('Grow our community by the end of 2027'),
  vague('Improve the customer journey by Q4 2027'),
  vague('Build a stronger brand presence in 2027'),
  vague('Make our brand more visible online by 2027'),
  vague('Be the go-to agency in our city by 2027'),
  vague('Achieve better results on social media by 2027'),
  vague('Increase our audience by 30% by 2027'),
  vague('Boost brand perception in 2027'),
  vague('Elevate our brand reputation by 2027'),
  vague('Increase customer satisfaction by 2027'),
  vague('Grow our reach by the end of 2027'),
];

export const HELD_OUT_FRENCH: readonly HeldOutObjective[] = [
  s("Augmenter le trafic du site de 20 % d'ici fin 2027"),
  s("Faire progresser le taux d'ouverture des newsletters de 18 % à 24 % d'ici juin 2027"),
  s("Ramener le taux de désabonnement sous 0,5 % d'ici fin 2027"),
  s("Générer 120 demandes de devis par mois d'ici septembre 2027"),
  s("Faire baisser le coût d'acquisition client de 80 € à 60 € d'ici fin 2027"),
  s("Signer 15 nouveaux contrats d'ici décembre 2027"),
  s("Décrocher 10 partenariats avec des influenceurs d'ici juin 2027"),
  s("Mettre en place un programme de parrainage générant 300 commandes d'ici fin 2027"),
  s("Atteindre 5 000 abonnés sur Instagram d'ici fin 2027"),
  s("Faire grimper le panier moyen de 45 € à 52 € d'ici fin 2027"),
  s("Hisser le taux de conversion mobile à 2,5 % d'ici fin 2027"),
  s("Porter le nombre de leads qualifiés à 400 par trimestre d'ici 2027"),
  s("Réduire de moitié le délai de réponse du service client d'ici juin 2027"),
  s('Conserver un taux de satisfaction supérieur à 90 % en 2027'),
  s("Obtenir 200 avis clients 5 étoiles d'ici fin 2027"),
  s("Lancer la boutique en ligne d'ici mars 2027"),
  s("Accroître le nombre de visites en magasin de 15 % d'ici fin 2027"),
  s("Multiplier par 1,5 le chiffre d'affaires en ligne d'ici fin 2027"),
  s("Faire passer le nombre d'abonnés à la newsletter de 3 000 à 4 500 d'ici fin 2027"),
  s("Convertir 10 % des essais gratuits en abonnements payants d'ici fin 2027"),
  s("Abaisser le coût par clic de 1,20 € à 0,90 € d'ici juin 2027"),
  s("Remonter le taux de rétention à 40 % d'ici fin 2027"),
  s("Recueillir 500 réponses à l'enquête de satisfaction d'ici juin 2027"),
  s("Inscrire 150 participants au webinaire d'ici le 30 mars 2027"),
  s("Booster les ventes de 25 % d'ici fin 2027"),
  s("Franchir le cap des 10 000 abonnés LinkedIn d'ici fin 2027"),
  vague("Développer notre notoriété d'ici 2027"),
  vague("Améliorer l'image de marque en 2027"),
  vague("Renforcer la relation client d'ici fin 2027"),
  vague("Améliorer l'expérience utilisateur du site d'ici 2027"),
  vague('Travailler notre e-réputation en 2027'),
  vague('Être plus présents sur les réseaux sociaux en 2027'),
  vague("Séduire une nouvelle audience d'ici 2027"),
  vague("Développer notre communauté de 20 % d'ici 2027"),
  vague("Optimiser notre présence digitale d'ici fin 2027"),
  vague("Améliorer notre réputation d'ici fin 2027"),
  vague("Développer l'audience d'ici 2027"),
  vague("Stimuler l'engagement de notre communauté en 2027"),
  vague("Enrichir l'expérience client en boutique d'ici 2027"),
  vague('Percer sur TikTok en 2027'),
];
