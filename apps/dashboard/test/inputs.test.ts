import { describe, expect, it } from 'vitest';
import { FeedCreateInput, StoryCreateInput } from '../src/lib/inputs.js';

const story = { slug: 's', title: 'S', referenceText: 'A reference article of at least twenty characters.' };

describe('form inputs with URLs the WHATWG parser refuses', () => {
  it.each(['http://[::1', 'https://%zz/', 'http://x:99999/'])('refuses %j as a bad value, never by throwing', (url) => {
    expect(FeedCreateInput.safeParse({ url, outlet: 'X' }).success).toBe(false);
    expect(StoryCreateInput.safeParse({ ...story, feeds: `${url}` }).success).toBe(false);
    expect(StoryCreateInput.safeParse({ ...story, feeds: `${url} Outlet` }).success).toBe(false);
    expect(StoryCreateInput.safeParse({ ...story, referenceUrl: url }).success).toBe(false);
  });
});
