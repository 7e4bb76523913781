import type { Figure } from '@parallax/shared';
import type { CountedReading } from './crowd.js';

/**
 * A percentage of the registered voters ("87 per cent of the 7.2 million registered voters", "il 26,7 per cento degli
 * aventi diritto") is the turnout: the share of the roll that voted.
 */
export function turnoutOfTheRoll(figure: Figure, reading: CountedReading): CountedReading {
  const ofTheRoll = reading.concept === null || reading.concept === 'voters';
  return figure.unit === 'percent' && reading.role === 'registered' && ofTheRoll
    ? { concept: 'turnout', role: null }
    : reading;
}
