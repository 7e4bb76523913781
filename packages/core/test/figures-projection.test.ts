import { describe, expect, it } from 'vitest';
import { isProjection } from '../src/figures/classify/projection.js';

/** Whether the figure `figure` in `sentence` is read as a projection. */
function projects(sentence: string, figure: string): boolean {
  const start = sentence.indexOf(figure);
  return isProjection(sentence, start, start + figure.length);
}

describe('German "sollen"', () => {
  it('reads "soll" with an infinitive as a plan, as "will" is', () => {
    expect(projects('Die Kapazität soll um mehr als 734.000 Fahrzeuge pro Jahr sinken.', '734.000')).toBe(true);
    expect(projects('Die Arbeitskosten sollen um rund 4 Milliarden Euro sinken.', '4 Milliarden')).toBe(true);
  });

  it('reads "soll" with a perfect infinitive as hearsay of a past fact', () => {
    expect(projects('Der Angreifer soll mindestens 30 Menschen getötet haben.', '30')).toBe(false);
    expect(projects('Die Zahl soll bei 300 gewesen sein.', '300')).toBe(false);
  });
});
