import { findKpisInText } from '../../../src/core/kpiLibrary';
import { matchWords } from '../../../src/core/kpiLibrary/termMatcher';

describe('matchWords', () => {
  it('drops accents and keeps case', () => {
    expect(matchWords('Réduire le CA')).toEqual(['Reduire', 'le', 'CA']);
  });

  it('treats apostrophes, hyphens, slashes and punctuation as separators', () => {
    expect(matchWords('taux d’ouverture')).toEqual(['taux', 'd', 'ouverture']);
    expect(matchWords("taux d'ouverture")).toEqual(['taux', 'd', 'ouverture']);
    expect(matchWords('LTV:CAC, ltv/cac; mots-clés !')).toEqual(['LTV', 'CAC', 'ltv', 'cac', 'mots', 'cles']);
  });

  it('glues e-mail and e-commerce so that they equal email and ecommerce', () => {
    expect(matchWords('e-mail, E-mails, e commerce')).toEqual(['email', 'Emails', 'ecommerce']);
    expect(matchWords('e 2 et e-book')).toEqual(['e', '2', 'et', 'e', 'book']);
  });

  it('spells ligatures out and keeps digits', () => {
    expect(matchWords('Marge de manœuvre en 2027')).toEqual(['Marge', 'de', 'manoeuvre', 'en', '2027']);
  });

  it('returns no words for text without letters or digits', () => {
    expect(matchWords('')).toEqual([]);
    expect(matchWords(' — … ')).toEqual([]);
  });
});

describe('everyday words', () => {
  // Words that a careless alias would turn into false positives. Checked in a neutral sentence.
  const EVERYDAY = [
    'ca',
    'ça',
    'ces',
    'cas',
    'to',
    'or',
    'is',
    'pm',
    'marge',
    'rebond',
    'fréquence',
    'frequency',
    'objectifs',
    'clients',
    'customers',
    'share',
    'lead',
    'open',
    'meeting',
    'meetings',
    'note',
    'avis',
    'pipeline de recrutement',
    'data pipeline',
    'onboarding completion rate',
    'positions',
    'rankings',
    'seuil de rentabilité',
    'nos clients',
    'our customers',
  ];

  it.each(EVERYDAY)('does not read "%s" as a KPI', (word) => {
    expect(findKpisInText(`Nous voulons ${word} pour l'équipe`).map((kpi) => kpi.id)).toEqual([]);
  });
});
