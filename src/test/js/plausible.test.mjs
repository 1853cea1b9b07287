// Runs the real js/script.js in a fake browser (node:vm): Plausible's snippet, its variants and window.plausible.
// Run: node --test src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, element, settle } from './fake-browser.mjs';

function plausible(file = 'script.js', { attrs = {}, before, ...options } = {}) {
  const b = browser({ src: 'https://stats.example.org/js/' + file, attrs: { 'data-domain': 'shop.example.com', ...attrs }, ...options });
  if (before) before(b.window);
  b.load('js/script.js');
  b.events = () => b.requests.map((r) => JSON.parse(r.body));
  return b;
}

test('standard snippet: a pageview beacon (text/plain) to the script origin, with domain, url and referrer', () => {
  const b = plausible();
  const [r] = b.requests;
  assert.equal(r.url, 'https://stats.example.org/api/event');
  assert.equal(r.via, 'beacon');
  assert.deepEqual(JSON.parse(r.body), { n: 'pageview', u: 'https://shop.example.com/a?x=1', d: 'shop.example.com',
    r: 'https://search.example/?q=1' });
  assert.equal(b.cookieWrites.length, 0);
  assert.equal(b.store.size, 0);
});

test('data-api sends elsewhere; pushState and popstate count once per path', () => {
  const b = plausible('script.js', { attrs: { 'data-api': 'https://proxy.example/e' } });
  b.window.history.pushState({}, '', '/shop');
  b.window.history.pushState({}, '', '/shop?sort=price');
  b.setHref('/a'); b.fire('win', 'popstate');
  const events = b.events().filter((e) => e.n === 'pageview');
  assert.deepEqual(events.map((e) => e.u), ['https://shop.example.com/a?x=1', 'https://shop.example.com/shop',
    'https://shop.example.com/a']);
  assert.ok(b.requests.every((r) => r.url === 'https://proxy.example/e'));
});

test('window.plausible: custom events with props, revenue and callback; calls queued before load run in order', async () => {
  let status = null;
  const b = plausible('script.js', { before: (w) => {
    w.plausible = function () { (w.plausible.q = w.plausible.q || []).push(arguments); };
    w.plausible('Signup', { props: { plan: 'pro' } });
  } });
  b.window.plausible('Purchase', { revenue: { amount: '12.30', currency: 'EUR' }, interactive: false, u: '/virtual',
    callback: (result) => { status = result.status; } });
  const [early, page, purchase] = b.events();
  assert.deepEqual([early.n, early.p], ['Signup', { plan: 'pro' }]);
  assert.equal(page.n, 'pageview');
  assert.deepEqual(purchase.$, { amount: '12.30', currency: 'EUR' });
  assert.equal(purchase.i, false);
  assert.equal(purchase.u, '/virtual');
  await settle();
  assert.equal(status, 202);
});

test('script.manual.js sends no automatic pageview; a manual one may carry its own url', () => {
  const b = plausible('script.manual.js');
  assert.equal(b.requests.length, 0);
  b.window.plausible('pageview', { u: 'https://shop.example.com/masked/:id' });
  assert.equal(b.events()[0].u, 'https://shop.example.com/masked/:id');
});

test('outbound-links and file-downloads variants track clicks; the plain script does not', () => {
  const b = plausible('script.outbound-links.file-downloads.js');
  b.fire('doc', 'click', { target: element('a', { href: 'https://other.example/x?y=1' }) });
  b.fire('doc', 'click', { target: element('a', { href: '/files/report.pdf?v=2' }) });
  b.fire('doc', 'click', { target: element('a', { href: '/about' }) });
  const [, out, file] = b.events();
  assert.deepEqual([out.n, out.p], ['Outbound Link: Click', { url: 'https://other.example/x?y=1' }]);
  assert.deepEqual([file.n, file.p], ['File Download', { url: 'https://shop.example.com/files/report.pdf' }]);
  assert.equal(b.requests.length, 3);
  const plain = plausible();
  plain.fire('doc', 'click', { target: element('a', { href: 'https://other.example/' }) });
  assert.equal(plain.requests.length, 1);
});

test('tagged-events: plausible-event-name classes on links, buttons and forms, with props and revenue', () => {
  const b = plausible('script.tagged-events.revenue.js');
  const button = element('button', { class: 'cta plausible-event-name=Sign+Up plausible-event-plan=pro' });
  b.fire('doc', 'click', { target: element('span', {}, button) });
  b.fire('doc', 'click', { target: element('a', { href: 'https://other.example/',
    class: 'plausible-event-name=Buy plausible-revenue-amount=9.5 plausible-revenue-currency=EUR' }) });
  b.fire('doc', 'submit', { target: element('form', { class: 'plausible-event-name=Contact' }) });
  const [, signup, buy, contact] = b.events();
  assert.deepEqual([signup.n, signup.p], ['Sign Up', { plan: 'pro' }]);
  assert.deepEqual([buy.n, buy.$], ['Buy', { amount: '9.5', currency: 'EUR' }]);
  assert.equal(contact.n, 'Contact');
  assert.equal(b.requests.length, 4);
});

test('hash variant counts hash changes and marks h=1; pageview-props adds event-* attributes', () => {
  const b = plausible('script.hash.pageview-props.js', { attrs: { 'event-author': 'Ann' } });
  b.setHref('#/cart'); b.fire('win', 'hashchange');
  const [first, cart] = b.events().filter((e) => e.n === 'pageview');
  assert.equal(first.h, 1);
  assert.deepEqual(first.p, { author: 'Ann' });
  assert.equal(cart.u, 'https://shop.example.com/a?x=1#/cart');
});

test('engagement: visible time and scroll depth when the tab is hidden', async (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const b = plausible();
  t.mock.timers.tick(4200);
  b.window.scrollY = 1000;
  b.fire('win', 'scroll');
  b.document.visibilityState = 'hidden';
  b.fire('doc', 'visibilitychange');
  const engagement = b.events()[1];
  assert.equal(engagement.n, 'engagement');
  assert.equal(engagement.sd, 100);
  assert.equal(engagement.e, 4200);
  assert.equal(engagement.u, 'https://shop.example.com/a?x=1');
});

test('without sendBeacon: fetch, text/plain, keepalive', () => {
  const [r] = plausible('script.js', { beacon: false }).requests;
  assert.equal(r.init.headers['Content-Type'], 'text/plain');
  assert.equal(r.init.keepalive, true);
  assert.equal(JSON.parse(r.body).n, 'pageview');
});

test('nothing is sent on localhost (unless script.local.js), or with the owner exclusions', () => {
  assert.equal(plausible('script.js', { href: 'http://localhost:8080/' }).requests.length, 0);
  assert.equal(plausible('script.local.js', { href: 'http://localhost:8080/' }).requests.length, 1);
  assert.equal(plausible('script.js', { storage: { plausible_ignore: 'true' } }).requests.length, 0);
  assert.equal(plausible('script.js', { storage: { custodian_ignore: '1' } }).requests.length, 0);
});

test('exclusions variant skips pageviews of excluded paths', () => {
  const b = plausible('script.exclusions.js', { attrs: { 'data-exclude': '/a, /admin/**' } });
  assert.equal(b.requests.length, 0);
  b.window.history.pushState({}, '', '/shop');
  b.window.history.pushState({}, '', '/admin/users/1');
  assert.deepEqual(b.events().map((e) => e.u), ['https://shop.example.com/shop']);
});

test('the newer snippet: pa-<id>.js takes its options from plausible.init and the domain from the page', () => {
  const stub = (w) => {
    w.plausible = function () { (w.plausible.q = w.plausible.q || []).push(arguments); };
    w.plausible.init = function (i) { w.plausible.o = i || {}; };
    w.plausible.init({ endpoint: 'https://proxy.example/e', outboundLinks: true,
      customProperties: (name) => ({ section: 'shop', event: name }) });
    w.plausible('Early', { props: { event: 'own' } });
  };
  const b = plausible('pa-AbC123xyz.js', { attrs: { 'data-domain': undefined }, before: stub });
  b.fire('doc', 'click', { target: element('a', { href: 'https://other.example/' }) });
  b.fire('doc', 'click', { target: element('button', { class: 'plausible-event-name=Tagged' }) });
  const [early, page, out, tagged] = b.events();
  assert.ok(b.requests.every((r) => r.url === 'https://proxy.example/e'));
  assert.equal(page.d, 'shop.example.com');
  assert.deepEqual(early.p, { section: 'shop', event: 'own' });
  assert.deepEqual(page.p, { section: 'shop', event: 'pageview' });
  assert.equal(out.n, 'Outbound Link: Click');
  assert.equal(tagged.n, 'Tagged');
});
