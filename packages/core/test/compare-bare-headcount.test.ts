import { describe, expect, it } from 'vitest';
import { findingsOf } from './compare-fixtures.js';

const conflicts = (found: readonly string[]) => found.filter((f) => f.startsWith('conflicts'));

describe('a count of people that says nothing of what befell them', () => {
  const reference =
    'Landslide buries a village\nThe government said more than 2,000 people were buried alive by the landslide.';

  it('is no misreport of a count of people something befell', () => {
    const article =
      'Landslide buries a village\nSome 1,250 people had to leave their homes, and more than 4,000 people live in the area, the agency said.';
    expect(conflicts(findingsOf(reference, article, { language: 'en' }))).toEqual([]);
  });

  it('is no misreport of another bare count of people, in any language', () => {
    const bare = 'Landslide hits a village\nThe government said more than 2,000 people were in the village.';
    const article =
      'Glissement de terrain\nSelon le gouvernement, plus de 4 000 personnes se trouvaient dans le village.';
    expect(conflicts(findingsOf(bare, article, { language: 'fr' }))).toEqual([]);
  });

  it('leaves a count of people with its role a conflict', () => {
    const reference =
      'Landslide hits a village\nThe government said more than 2,000 people were killed by the landslide.';
    const article =
      'Landslide buries a village\nThe government said more than 20,000 people were killed by the landslide.';
    expect(conflicts(findingsOf(reference, article, { language: 'en' }))).toEqual(['conflicts more than 20,000']);
  });
});
