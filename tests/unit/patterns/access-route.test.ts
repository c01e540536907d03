import { describe, expect, it } from 'vitest';
import { accessLogTemplate, routeTemplate } from '../../../core/patterns/access-route.ts';

describe('access-log route templates', () => {
  it('keeps constant segments and API versions, masks ids', () => {
    expect(routeTemplate('/api/v2/orders/12345?page=2', null)).toBe('/api/v2/orders/<*>');
    expect(routeTemplate('/files/3f2a9c1e-aaaa-4bbb-8ccc-1234567890ab/download', null)).toBe(
      '/files/<*>/download',
    );
    expect(routeTemplate('/healthz', null)).toBe('/healthz');
  });

  it('masks the tenant, known or named by its collection', () => {
    expect(routeTemplate('/t/acme-prod/api/v2/checkout', 'acme-prod')).toBe(
      '/t/<*>/api/v2/checkout',
    );
    expect(routeTemplate('/t/acme-prod/api/v2/checkout', null)).toBe('/t/<*>/api/v2/checkout');
    expect(routeTemplate('/orgs/globex/users/jane/settings', null)).toBe(
      '/orgs/<*>/users/<*>/settings',
    );
  });

  it('keeps method and exact status apart', () => {
    expect(accessLogTemplate('POST', '/t/x/api/v2/checkout', 502, null)).toBe(
      'POST /t/<*>/api/v2/checkout 502',
    );
    expect(accessLogTemplate('GET', '', '200', null)).toBe('GET / 200');
  });
});
