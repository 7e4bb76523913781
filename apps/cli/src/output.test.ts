import { describe, expect, it } from 'vitest';
import { cliEnv } from './env.js';
import { colourWanted } from './output.js';

describe('colour', () => {
  it('is for a terminal only, and never with NO_COLOR set', () => {
    expect(colourWanted({ isTTY: true }, cliEnv({}))).toBe(true);
    expect(colourWanted({ isTTY: true }, cliEnv({ NO_COLOR: '1' }))).toBe(false);
    expect(colourWanted({ isTTY: false }, cliEnv({}))).toBe(false);
    expect(colourWanted({}, cliEnv({}))).toBe(false);
    // https://no-color.org: an empty NO_COLOR does not count.
    expect(colourWanted({ isTTY: true }, cliEnv({ NO_COLOR: '' }))).toBe(true);
  });
});
