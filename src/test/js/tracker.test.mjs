// Runs the real t.js inside a minimal fake browser (node:vm) and checks what it sends and stores. Time is fake
// (node:test's mock timers drive setTimeout and Date), so no test waits on the clock.
// Run: node --test src/test/js/   (CUSTODIAN_STATIC=target/classes/static for the minified build output)
import { test, mock, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { staticSource, settle } from './static-files.mjs';

const SRC = staticSource('t.js');

beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: Date.parse('2026-01-15T10:00:00Z') }));
afterEach(() => mock.timers.reset());

/** Pending promises settle, then the fake clock moves on by ms, one millisecond at a time (so a timer sees the time it
 * was due at), and the timers due run. */
const advance = async (ms) => {
  await settle();
  for (let i = 0; i < ms; i++) mock.timers.tick(1);
  await settle();
};

function browser({ attrs = {}, href = 'https://shop.example.com/a/b?x=1#top', cookies = {}, uad, beacon = true, storage = {},
  src = 'https://stats.example.org/t.js', currentScript = true } = {}) {
  const jar = new Map(Object.entries(cookies));
  const cookieWrites = [];
  const sent = [];
  const listeners = {};
  const on = (target) => (type, fn) => { (listeners[target + ':' + type] ||= []).push(fn); };
  const fire = async (target, type, ev = {}) => { for (const fn of listeners[target + ':' + type] || []) fn({ type, ...ev }); };
  const loc = {};
  const setHref = (h) => {
    const u = new URL(h, loc.href || undefined);
    Object.assign(loc, { href: u.href, host: u.host, hostname: u.hostname, protocol: u.protocol, pathname: u.pathname, hash: u.hash, origin: u.origin });
  };
  setHref(href);
  const store = new Map(Object.entries(storage));
  const tag = { src, getAttribute: (n) => (n.startsWith('data-') && n.slice(5) in attrs ? attrs[n.slice(5)] : null) };
  const document = {
    title: 'Page A', referrer: 'https://search.example/?q=1', visibilityState: 'visible',
    currentScript: currentScript ? tag : null,
    // enough of CSS for the tracker's fallback: script[data-site][src*="…"], alternatives split by commas
    querySelector: (selector) => (selector.split(',').some((one) => /^script\[data-site\]\[src\*="(.+)"\]$/.test(one)
      && src.includes(/src\*="(.+)"/.exec(one)[1])) ? tag : null),
    addEventListener: on('doc'),
    get cookie() { return [...jar].map(([k, v]) => k + '=' + v).join('; '); },
    set cookie(s) {
      cookieWrites.push(s);
      const [pair, ...opts] = s.split(/;\s*/);
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      if (opts.some((o) => /^max-age=0$/i.test(o))) jar.delete(name); else jar.set(name, pair.slice(i + 1));
    },
  };
  const history = {
    pushState(_s, _t, url) { setHref(url); },
    replaceState(_s, _t, url) { if (url) setHref(url); },
  };
  const window = {
    document, history, location: loc, screen: { width: 1920, height: 1080 },
    navigator: {
      language: 'en-US', userAgentData: uad,
      sendBeacon: beacon ? (url, blob) => { sent.push({ url, blob }); return true; } : undefined,
    },
    localStorage: { getItem: (k) => (store.has(k) ? store.get(k) : null), setItem: (k, v) => store.set(k, String(v)), removeItem: (k) => store.delete(k) },
    crypto: globalThis.crypto, Blob, URL, setTimeout, clearTimeout, JSON, Math, Date, Uint8Array, Array, Object, String,
    addEventListener: on('win'),
    fetch: (url, init) => { sent.push({ url, init }); return Promise.resolve({}); },
  };
  window.window = window;
  const ctx = vm.createContext(window);
  const load = () => vm.runInContext(SRC, ctx);
  const bodies = async () => {
    const out = [];
    for (const s of sent) {
      const text = s.blob ? await s.blob.text() : s.init.body;
      const json = JSON.parse(text);
      out.push({ url: s.url, type: s.blob ? s.blob.type : s.init.headers['Content-Type'], json, hits: json.hits || [json] });
    }
    return out;
  };
  const hits = async () => (await bodies()).flatMap((b) => b.hits);
  return { window, document, jar, cookieWrites, sent, store, fire, load, bodies, hits, setHref };
}

const consentCookie = (obj) => encodeURIComponent(JSON.stringify(obj));

test('pageview on load: default endpoint, text/plain, all fields, no identity without consent', async () => {
  const b = browser({ attrs: { site: 'site-1' } });
  b.load();
  await advance(1100);
  const [body] = await b.bodies();
  assert.equal(body.url, 'https://stats.example.org/api/v1/collect');
  assert.equal(body.type, 'text/plain');
  const h = body.json;
  assert.equal(h.type, 'pageview');
  assert.equal(h.site, 'site-1');
  assert.equal(h.url, 'https://shop.example.com/a/b?x=1'); // no hash outside hash mode
  assert.equal(h.title, 'Page A');
  assert.equal(h.referrer, 'https://search.example/?q=1');
  assert.equal(h.screen, '1920x1080');
  assert.equal(h.language, 'en-US');
  assert.match(h.pageview, /^[0-9a-f]{16}$/);
  assert.equal(typeof h.ts, 'number');
  assert.ok(!('visitor' in h) && !('session' in h) && !('consent' in h));
  assert.equal(b.cookieWrites.length, 0, 'cookieless mode writes no cookie');
  assert.equal(b.store.size, 0, 'and no storage');
});

test('consent cookie: visitor + session cookies and fields; withdrawal deletes them', async () => {
  const b = browser({ attrs: { site: 's' }, cookies: { custodian_consent: consentCookie({ id: 'c-42', analytics: true, marketing: false }) } });
  b.load();
  await advance(1100);
  let [h] = await b.hits();
  assert.match(h.visitor, /^[0-9a-f]{16}$/);
  assert.match(h.session, /^[0-9a-f]{16}$/);
  assert.equal(h.consent, 'c-42');
  assert.equal(b.jar.get('_cst_vid'), h.visitor);
  assert.equal(b.jar.get('_cst_sid'), h.session);
  const vidWrite = b.cookieWrites.find((c) => c.startsWith('_cst_vid=' + h.visitor));
  assert.match(vidWrite, /Max-Age=34214400; Path=\/; SameSite=Lax; Secure/);
  assert.match(b.cookieWrites.find((c) => c.startsWith('_cst_sid=' + h.session)), /Max-Age=1800;/);

  b.window.custodian.consent({ analytics: false });
  assert.ok(!b.jar.has('_cst_vid') && !b.jar.has('_cst_sid'), 'cookies gone immediately');
  assert.ok(b.cookieWrites.some((c) => /^_cst_vid=; Max-Age=0.*Domain=\.example\.com/.test(c)), 'parent-domain variant expired');
  b.window.custodian.track('after');
  await advance(1100);
  const last = (await b.hits()).pop();
  assert.equal(last.action.name, 'after');
  assert.ok(!('visitor' in last), 'continues cookieless');
  assert.ok(!b.jar.has('_cst_vid'));
});

test('garbage consent cookie is tolerated', async () => {
  const b = browser({ attrs: { site: 's' }, cookies: { custodian_consent: '%7Bnot json' } });
  b.load();
  await advance(1100);
  const [h] = await b.hits();
  assert.ok(!('visitor' in h));
});

test('data-mode="none": nothing sent without consent; held hits released on consent', async () => {
  const b = browser({ attrs: { site: 's', mode: 'none' } });
  b.load();
  await advance(1100);
  assert.equal(b.sent.length, 0);
  assert.equal(b.cookieWrites.length, 0);
  b.window.custodian.consent({ analytics: true }, 'cid-1');
  await advance(20);
  const [h] = await b.hits();
  assert.equal(h.type, 'pageview');
  assert.equal(h.consent, 'cid-1');
  assert.ok(h.visitor);
});

test('data-mode="none": refusal drops held hits', async () => {
  const b = browser({ attrs: { site: 's', mode: 'none' } });
  b.load();
  b.window.custodian.consent({ analytics: false });
  await advance(1100);
  await b.fire('win', 'pagehide');
  assert.equal(b.sent.length, 0);
});

test('SPA: pushState pageview with previous URL as referrer, engagement flushed, no duplicate', async () => {
  const b = browser({ attrs: { site: 's' } });
  b.load();
  await advance(50);
  b.document.title = 'Page B';
  b.window.history.pushState({}, '', '/next');
  b.window.history.pushState({}, '', '/next'); // same URL again
  await advance(1300);
  const hits = await b.hits();
  const pvs = hits.filter((h) => h.type === 'pageview');
  assert.equal(pvs.length, 2);
  assert.equal(pvs[1].url, 'https://shop.example.com/next');
  assert.equal(pvs[1].referrer, 'https://shop.example.com/a/b?x=1');
  assert.equal(pvs[1].title, 'Page B');
  assert.notEqual(pvs[1].pageview, pvs[0].pageview);
  const eng = hits.find((h) => h.type === 'engagement');
  assert.equal(eng.pageview, pvs[0].pageview);
  assert.equal(eng.engagedMs, 150, 'up to the SPA pageview: 50 ms, then the 100 ms the app gets to set the title');
  // replaceState with the same path is not a pageview
  b.window.history.replaceState({}, '', '/next');
  await advance(1200);
  assert.equal((await b.hits()).filter((h) => h.type === 'pageview').length, 2);
});

test('engaged time pauses while hidden and is sent by beacon on visibilitychange', async () => {
  const b = browser({ attrs: { site: 's' } });
  b.load();
  await advance(60);
  b.document.visibilityState = 'hidden';
  await b.fire('doc', 'visibilitychange');
  const n = b.sent.length;
  assert.ok(n >= 1, 'flushed immediately');
  const eng = (await b.hits()).find((h) => h.type === 'engagement');
  assert.equal(eng.engagedMs, 60);
  await advance(200); // hidden time must not count
  b.document.visibilityState = 'visible';
  await b.fire('doc', 'visibilitychange');
  await advance(30);
  await b.fire('win', 'pagehide');
  const engs = (await b.hits()).filter((h) => h.type === 'engagement');
  assert.equal(engs.length, 2);
  assert.equal(engs[1].engagedMs, 90, 'hidden 200 ms not counted, visible 30 ms counted');
});

test('outbound links, downloads, custom events with props limits', async () => {
  const b = browser({ attrs: { site: 's', downloads: 'pdf,zip' } });
  b.load();
  const a = (href, extra = {}) => ({ tagName: 'A', href, hasAttribute: (n) => n in extra, parentNode: null });
  await b.fire('doc', 'click', { target: { tagName: 'SPAN', parentNode: a('https://other.example/x') } });
  await b.fire('doc', 'click', { target: a('https://shop.example.com/files/report.PDF') });
  await b.fire('doc', 'click', { target: a('https://shop.example.com/about') }); // internal: nothing
  await b.fire('doc', 'click', { target: a('mailto:x@example.com') });
  const props = {};
  for (let i = 0; i < 40; i++) props['k' + i] = i;
  props.bad = { nested: true };
  b.window.custodian.track('Signup', { plan: 'pro', ok: true, ...props });
  await advance(1100);
  const acts = (await b.hits()).filter((h) => h.type === 'action');
  assert.deepEqual(acts.map((h) => h.action.kind), ['outbound', 'download', 'custom']);
  assert.equal(acts[0].action.target, 'https://other.example/x');
  assert.equal(acts[1].action.target, 'https://shop.example.com/files/report.PDF');
  assert.equal(Object.keys(acts[2].action.props).length, 30);
  assert.equal(acts[2].action.props.plan, 'pro');
  assert.ok(!('bad' in acts[2].action.props));
  assert.equal(acts[2].pageview, (await b.hits())[0].pageview);
});

test('batching: more than one hit is sent as {"hits":[...]}; 10 hits flush at once', async () => {
  const b = browser({ attrs: { site: 's' } });
  b.load();
  for (let i = 0; i < 9; i++) b.window.custodian.track('e' + i);
  assert.equal(b.sent.length, 1, 'flushed at 10 hits without waiting');
  const [body] = await b.bodies();
  assert.equal(body.json.hits.length, 10);
});

test('pre-load queue stub is replayed (consent first), and loading twice is harmless', async () => {
  const b = browser({ attrs: { site: 's' } });
  b.window.custodian = { q: [['track', 'early', { a: 1 }], ['consent', { analytics: true }, 'c-1']] };
  b.load();
  b.load();
  await advance(1100);
  const hits = await b.hits();
  assert.deepEqual(hits.map((h) => h.type), ['pageview', 'action']);
  assert.equal(hits[0].consent, 'c-1');
  assert.equal(hits[1].action.name, 'early');
});

test('optOut stores custodian_ignore=1 and suppresses hits; optIn removes it', async () => {
  const b = browser({ attrs: { site: 's', auto: 'false' } });
  b.load();
  b.window.custodian.optOut();
  assert.equal(b.store.get('custodian_ignore'), '1');
  b.window.custodian.pageview();
  await advance(1100);
  assert.equal(b.sent.length, 0);
  b.window.custodian.optIn();
  assert.ok(!b.store.has('custodian_ignore'));
  b.window.custodian.pageview('/manual#frag');
  await advance(1100);
  const [h] = await b.hits();
  assert.equal(h.url, 'https://shop.example.com/manual');
});

test('hash mode keeps the fragment and tracks hashchange', async () => {
  const b = browser({ attrs: { site: 's', hash: 'true' } });
  b.load();
  b.setHref('#/route2');
  await b.fire('win', 'hashchange');
  await advance(1300);
  const pvs = (await b.hits()).filter((h) => h.type === 'pageview');
  assert.deepEqual(pvs.map((h) => h.url), ['https://shop.example.com/a/b?x=1#top', 'https://shop.example.com/a/b?x=1#/route2']);
});

test('client hints are fetched once and attached', async () => {
  let calls = 0;
  const uad = {
    platform: 'macOS', mobile: false, brands: [{ brand: 'Chromium', version: '124' }],
    getHighEntropyValues: async () => { calls++; return { platformVersion: '14.4.0', model: '', fullVersionList: [{ brand: 'Chromium', version: '124.0.6367.91' }] }; },
  };
  const b = browser({ attrs: { site: 's' }, uad });
  b.load();
  b.window.custodian.track('x');
  await advance(1100);
  const hits = await b.hits();
  assert.equal(calls, 1);
  assert.deepEqual(JSON.parse(JSON.stringify(hits[0].hints)), {
    platform: 'macOS', mobile: false, brands: [{ brand: 'Chromium', version: '124' }],
    platformVersion: '14.4.0', fullVersionList: [{ brand: 'Chromium', version: '124.0.6367.91' }], model: '',
  });
});

test('falls back to fetch(keepalive, credentials omit, text/plain) without sendBeacon; no site = no hits', async () => {
  const b = browser({ attrs: { site: 's', endpoint: 'https://c.example/collect' }, beacon: false });
  b.load();
  await advance(1100);
  assert.equal(b.sent[0].url, 'https://c.example/collect');
  assert.equal(b.sent[0].init.keepalive, true);
  assert.equal(b.sent[0].init.credentials, 'omit');
  assert.equal(b.sent[0].init.headers['Content-Type'], 'text/plain');
  const none = browser({ attrs: {} });
  none.load();
  await advance(1100);
  assert.equal(none.sent.length, 0);
  assert.equal(typeof none.window.custodian.track, 'function');
});

test('without document.currentScript the tag is found by its plain or versioned URL, not by another script', async () => {
  for (const src of ['https://stats.example.org/t.js', 'https://stats.example.org/t-0123456789abcdef.js']) {
    const b = browser({ attrs: { site: 'found' }, src, currentScript: false });
    b.load();
    await advance(1100);
    const [body] = await b.bodies();
    assert.equal(body.url, 'https://stats.example.org/api/v1/collect', src);
    assert.equal(body.json.site, 'found');
  }
  const other = browser({ attrs: { site: 'x' }, src: 'https://tracking.example.org/consent.js', currentScript: false });
  other.load();
  await advance(1100);
  assert.equal(other.sent.length, 0);
});

test('default downloads: exactly the documented extensions, in any case', async () => {
  const documented = ('7z aac apk avi bz2 csv dmg doc docx epub exe flac gz iso m4a m4v mkv mov mp3 mp4 mpeg mpg msi '
    + 'odp ods odt ogg pdf pkg ppt pptx rar rtf tar tgz txt wav webm wma wmv xls xlsx xz zip').split(' ');
  const b = browser({ attrs: { site: 's' } });
  b.load();
  const link = (href) => ({ tagName: 'A', href, hasAttribute: () => false, parentNode: null });
  for (const ext of [...documented, 'html', 'php', 'js', 'docs', 'mp5']) {
    await b.fire('doc', 'click', { target: link('https://shop.example.com/files/f.' + (ext.length % 2 ? ext.toUpperCase() : ext)) });
  }
  await advance(1100);
  const targets = (await b.hits()).filter((h) => h.type === 'action').map((h) => h.action.target.split('.').pop().toLowerCase());
  assert.deepEqual(targets, documented);
});
