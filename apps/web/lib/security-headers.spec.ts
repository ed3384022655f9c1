import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY, strictTransportSecurity } from './security-headers';

describe('contentSecurityPolicy', () => {
  it('allows only nonce-carrying scripts and forbids framing in production', () => {
    const policy = contentSecurityPolicy('abc', false);
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe');
  });

  it('allows eval only in development', () => {
    expect(contentSecurityPolicy('abc', true)).toContain("'unsafe-eval'");
  });
});

describe('strictTransportSecurity', () => {
  it('is sent over TLS only, for a year and subdomains', () => {
    expect(strictTransportSecurity(true)).toBe(STRICT_TRANSPORT_SECURITY);
    expect(STRICT_TRANSPORT_SECURITY).toBe('max-age=31536000; includeSubDomains');
    expect(strictTransportSecurity(false)).toBeNull();
  });
});
