import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../src/address-policy.js';

describe('isPublicAddress', () => {
  it.each([
    '[::127.0.0.1]',
    '::7f00:1',
    '::10.0.0.1',
    '::a9fe:a9fe',
    '::ffff:127.0.0.1',
    '[::ffff:7f00:1]',
    '::1',
    '::',
    '127.0.0.1',
    '64:ff9b::7f00:1',
  ])('classes %s as private', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it('classes an IPv4-compatible form of a public address by that address', () => {
    expect(isPublicAddress('::8.8.8.8')).toBe(true);
    expect(isPublicAddress('2001:4860:4860::8888')).toBe(true);
  });

  it('a WHATWG URL of [::127.0.0.1] names a private host', () => {
    const host = new URL('http://[::127.0.0.1]/').hostname;
    expect(host).toBe('[::7f00:1]');
    expect(isPublicAddress(host)).toBe(false);
  });
});
