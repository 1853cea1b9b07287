// Runs the real script.js in a fake browser (node:vm): Umami's snippet, its attributes and umami.track/identify.
// Run: node --test src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, element, consentCookie } from './fake-browser.mjs';

const WEBSITE = 'b59e9c65-ae32-47f1-8400-119fcf4861c4';

function umami(attrs = {}, options = {}) {
  const b = browser({ src: 'https://stats.example.org/script.js', attrs: { 'data-website-id': WEBSITE, ...attrs }, ...options });
  b.load('script.js');
  b.sends = () => b.requests.map((r) => JSON.parse(r.body));
  return b;
}

test('standard snippet: a pageview to /api/send of the script origin, as JSON without credentials', () => {
  const b = umami();
  const [r] = b.requests;
  assert.equal(r.url, 'https://stats.example.org/api/send');
  assert.equal(r.init.headers['Content-Type'], 'application/json');
  assert.equal(r.init.credentials, 'omit');
  assert.deepEqual(JSON.parse(r.body), { type: 'event', payload: { website: WEBSITE, screen: '1920x1080',
    language: 'en-US', title: 'Page%20A', hostname: 'shop.example.com', url: 'https://shop.example.com/a?x=1',
    referrer: 'https://search.example/?q=1' } });
  assert.equal(b.cookieWrites.length, 0);
});

test('data-host-url, data-tag and data-exclude-search shape every payload', () => {
  const b = umami({ 'data-host-url': 'https://proxy.example/', 'data-tag': 'spring', 'data-exclude-search': 'true' });
  const [{ payload }] = b.sends();
  assert.equal(b.requests[0].url, 'https://proxy.example/api/send');
  assert.equal(payload.tag, 'spring');
  assert.equal(payload.url, 'https://shop.example.com/a');
});

test('umami.track in all its forms', () => {
  const b = umami({ 'data-auto-track': 'false' });
  assert.equal(b.requests.length, 0, 'no automatic pageview');
  const w = b.window;
  w.umami.track();
  w.umami.track('signup-button');
  w.umami.track('signup-button', { plan: 'pro', seats: 3 });
  w.umami.track({ website: WEBSITE, url: '/home', title: 'Home' });
  w.umami.track((props) => ({ ...props, url: '/virtual', name: 'from-fn' }));
  const [view, named, withData, custom, fn] = b.sends().map((s) => s.payload);
  assert.ok(!('name' in view));
  assert.equal(named.name, 'signup-button');
  assert.deepEqual(withData.data, { plan: 'pro', seats: 3 });
  assert.deepEqual(custom, { website: WEBSITE, url: '/home', title: 'Home' });
  assert.deepEqual([fn.url, fn.name, fn.website], ['/virtual', 'from-fn', WEBSITE]);
});

test('clicks on data-umami-event elements send the event with its data-umami-event-* properties', () => {
  const b = umami();
  const button = element('button', { 'data-umami-event': 'Signup', 'data-umami-event-plan': 'pro', 'data-umami-event-seat-count': '3' });
  b.fire('doc', 'click', { target: element('span', {}, button) });
  b.fire('doc', 'click', { target: element('a', { href: 'https://other.example/' }) });
  const [, event] = b.sends();
  assert.equal(event.payload.name, 'Signup');
  assert.deepEqual(event.payload.data, { plan: 'pro', 'seat-count': '3' });
  assert.equal(b.requests.length, 2, 'no automatic outbound tracking, as in Umami');
});

test('history changes count as pageviews with the previous URL as referrer and the new title', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const b = umami();
  b.window.history.pushState({}, '', '/shop');
  b.document.title = 'Shoes';
  t.mock.timers.tick(300);
  b.window.history.replaceState({}, '', '/shop');
  t.mock.timers.tick(300);
  const [, shop] = b.sends();
  assert.equal(shop.payload.url, 'https://shop.example.com/shop');
  assert.equal(shop.payload.referrer, 'https://shop.example.com/a?x=1');
  assert.equal(shop.payload.title, 'Shoes');
  assert.equal(b.requests.length, 2, 'the same URL again is not counted');
});

test('umami.identify sends the distinct id only with analytics consent', () => {
  const without = umami();
  without.window.umami.identify('user-1', { plan: 'pro' });
  without.window.umami.track('after');
  assert.ok(without.sends().every((s) => s.type === 'event' && !('id' in s.payload)));
  const b = umami({}, { cookies: { custodian_consent: consentCookie({ id: 'c-1', analytics: true }) } });
  b.window.umami.identify('user-1', { plan: 'pro' });
  b.window.umami.identify({ company: 'ACME' });
  const [, identify, data] = b.sends();
  assert.equal(identify.type, 'identify');
  assert.deepEqual([identify.payload.id, identify.payload.data], ['user-1', { plan: 'pro' }]);
  assert.deepEqual(data.payload.data, { company: 'ACME' });
});

test('nothing is sent outside data-domains, with the owner flags, or with Do Not Track when asked', () => {
  assert.equal(umami({ 'data-domains': 'other.example, www.other.example' }).requests.length, 0);
  assert.equal(umami({ 'data-domains': 'other.example,shop.example.com' }).requests.length, 1);
  assert.equal(umami({}, { storage: { 'umami.disabled': '1' } }).requests.length, 0);
  assert.equal(umami({}, { storage: { custodian_ignore: '1' } }).requests.length, 0);
  const dnt = browser({ src: 'https://stats.example.org/script.js', attrs: { 'data-website-id': WEBSITE, 'data-do-not-track': 'true' } });
  dnt.window.navigator.doNotTrack = '1';
  dnt.load('script.js');
  assert.equal(dnt.requests.length, 0);
  assert.equal(browser({ src: 'https://stats.example.org/script.js' }).requests.length, 0);
});

test('a before-send hook may change or drop the payload', () => {
  const b = browser({ src: 'https://stats.example.org/script.js', attrs: { 'data-website-id': WEBSITE, 'data-before-send': 'hook' },
    globals: { hook: (type, payload) => (payload.name === 'secret' ? null : { ...payload, url: '/masked' }) } });
  b.load('script.js');
  b.window.umami.track('secret');
  assert.equal(b.requests.length, 1);
  assert.equal(JSON.parse(b.requests[0].body).payload.url, '/masked');
});
