// Runs the real consent.js in a small fake DOM (node:vm) and tests its pure helpers through the
// test-only hook globalThis.__custodianConsentTest (present only when __CUSTODIAN_TEST__ is set).
// Run: node --test src/test/js/   (CUSTODIAN_STATIC=target/classes/static for the minified build output)
import { test, mock, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { staticSource, settle } from './static-files.mjs';

const SRC = staticSource('consent.js');
// fake timers: the config retry (3 s) never holds the run; awaiting settle() lets the banner's fetch chains finish
beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: Date.parse('2026-01-15T10:00:00Z') }));
afterEach(() => mock.timers.reset());
// values from the vm realm have other prototypes: compare as plain JSON
const deq = (a, b, m) => assert.deepEqual(a === undefined ? a : JSON.parse(JSON.stringify(a)), b, m);

// ------------------------------------------------------------------ fake DOM
class El {
  constructor(tag, doc) {
    this.tagName = tag.toUpperCase(); this.nodeType = 1; this.ownerDocument = doc;
    this.childNodes = []; this.parentNode = null; this.attrs = new Map(); this.style = {}; this.ls = {}; this._t = '';
  }
  get attributes() { return [...this.attrs].map(([name, value]) => ({ name, value })); }
  setAttribute(n, v) { this.attrs.set(n, String(v)); }
  getAttribute(n) { return this.attrs.has(n) ? this.attrs.get(n) : null; }
  hasAttribute(n) { return this.attrs.has(n); }
  removeAttribute(n) { this.attrs.delete(n); }
  get className() { return this.getAttribute('class') || ''; }
  set className(v) { this.setAttribute('class', v); }
  get id() { return this.getAttribute('id') || ''; }
  get textContent() { return this._t + this.childNodes.map((c) => c.textContent).join(''); }
  set textContent(v) { this.childNodes = []; this._t = String(v); }
  get text() { return this.textContent; }
  set text(v) { this.textContent = v; }
  get firstChild() { return this.childNodes[0] || null; }
  get lastChild() { return this.childNodes[this.childNodes.length - 1] || null; }
  appendChild(c) { return this.insertBefore(c, null); }
  insertBefore(c, ref) {
    if (c.parentNode) c.parentNode.removeChild(c);
    const i = ref ? this.childNodes.indexOf(ref) : -1;
    if (i < 0) this.childNodes.push(c); else this.childNodes.splice(i, 0, c);
    c.parentNode = this;
    return c;
  }
  removeChild(c) { this.childNodes.splice(this.childNodes.indexOf(c), 1); c.parentNode = null; return c; }
  replaceChild(n, o) { this.insertBefore(n, o); this.removeChild(o); return o; }
  contains(n) { for (; n; n = n.parentNode) if (n === this) return true; return false; }
  all() { return this.childNodes.flatMap((c) => [c, ...c.all()]); }
  getElementsByTagName(tag) { return this.all().filter((e) => e.tagName === tag.toUpperCase()); }
  querySelectorAll(sel) {
    const parts = sel.split(',').map((s) => s.trim().match(/^([a-z]*)(?:\[([\w-]+)\])?$/i));
    return this.all().filter((e) => parts.some((m) => m && (!m[1] || e.tagName === m[1].toUpperCase()) && (!m[2] || e.hasAttribute(m[2]))));
  }
  addEventListener(type, fn) { (this.ls[type] ||= []).push(fn); }
  focus() { this.ownerDocument.activeElement = this; }
  click() {
    const ev = { type: 'click', target: this, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    for (let n = this; n; n = n.parentNode) for (const fn of n.ls.click || []) fn(ev);
    for (const fn of this.ownerDocument.ls.click || []) fn(ev);
  }
  find(pred) { return this.all().find(pred); }
}

function browser({ attrs = { site: 'site-1' }, cookies = {}, config, gpc, dnt, languages = ['en-US'], href = 'https://shop.example.com/a/b', build, records = [] } = {}) {
  const jar = new Map(Object.entries(cookies));
  const cookieWrites = [];
  const posts = [];
  const events = [];
  const doc = { ls: {}, readyState: 'complete', activeElement: null };
  const html = new El('html', doc), head = new El('head', doc), body = new El('body', doc);
  html.appendChild(head); html.appendChild(body);
  Object.defineProperties(doc, Object.getOwnPropertyDescriptors({
    documentElement: html, head, body,
    currentScript: { src: 'https://custodian.example.com/consent.js', getAttribute: (n) => (n.startsWith('data-') && n.slice(5) in attrs ? attrs[n.slice(5)] : null) },
    createElement: (t) => new El(t, doc),
    getElementsByTagName: (t) => html.getElementsByTagName(t),
    querySelectorAll: (s) => html.querySelectorAll(s),
    querySelector: () => null,
    addEventListener: (t, fn) => { (doc.ls[t] ||= []).push(fn); },
    get cookie() { return [...jar].map(([k, v]) => k + '=' + v).join('; '); },
    set cookie(s) {
      cookieWrites.push(s);
      const [pair, ...opts] = s.split(/;\s*/);
      const i = pair.indexOf('=');
      if (opts.some((o) => /^max-age=0$/i.test(o))) jar.delete(pair.slice(0, i)); else jar.set(pair.slice(0, i), pair.slice(i + 1));
    },
  }));
  doc.body = body;
  if (build) build(doc, body);
  const u = new URL(href);
  const replies = [...records];
  const window = {
    document: doc, location: { href: u.href, hostname: u.hostname, pathname: u.pathname, protocol: u.protocol },
    navigator: { languages, language: languages[0], globalPrivacyControl: gpc, doNotTrack: dnt },
    URL, JSON, Math, Date, Array, Object, String, setTimeout, clearTimeout, Error, Promise,
    CustomEvent: class { constructor(type, init) { this.type = type; this.detail = init.detail; } },
    dispatchEvent: (e) => { events.push(e); return true; },
    __CUSTODIAN_TEST__: true,
    fetch: async (url, init = {}) => {
      if (!init.method || init.method === 'GET') {
        if (!config) return { ok: false, status: 404, json: async () => ({}) };
        return { ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(config)) };
      }
      posts.push({ url, init, body: JSON.parse(init.body) });
      const r = replies.shift() || { status: 201, json: { consentId: 'c_' + posts.length, recordedAt: '2025-01-01T00:00:00Z' } };
      return { ok: r.status < 300, status: r.status, json: async () => r.json };
    },
  };
  window.window = window;
  const ctx = vm.createContext(window);
  return {
    window, doc, body, jar, cookieWrites, posts, events,
    load: () => vm.runInContext(SRC, ctx),
    state: () => JSON.parse(decodeURIComponent(jar.get('custodian_consent'))),
    button: (label) => html.find((e) => e.tagName === 'BUTTON' && e.textContent === label),
    banner: () => html.find((e) => e.className === 'cst-banner'),
  };
}

const CONFIG = {
  site: 'site-1', bannerVersion: 3, statementVersion: 2, privacyUrl: 'https://shop.example.com/privacy',
  categories: [
    { id: 'necessary', required: true, label: { en: 'Necessary', de: 'Notwendig' }, description: { en: 'Needed.' } },
    { id: 'preferences', label: { en: 'Preferences' }, description: { en: 'Prefs.' } },
    { id: 'analytics', label: { en: 'Analytics', de: 'Statistik' }, description: { en: 'Stats.' } },
    { id: 'marketing', label: { en: 'Marketing' }, description: { en: 'Ads.' } },
    { id: 'social', label: { en: 'Social media' }, description: { en: 'Embeds.' } },
  ],
  texts: { en: { title: 'Cookies here', acceptAll: 'Accept all', rejectAll: 'Reject all', settings: 'Settings', save: 'Save choices' } },
  gpcCategories: ['marketing'], dnt: 'ignore', googleConsentMode: false,
  cookies: [
    { name: '_cst_vid', provider: 'Custodian', party: 'first', duration: '13 months', category: 'analytics', purpose: 'Visitor id' },
    { name: '_ga', provider: 'Google', party: 'first', duration: '2 years', category: 'analytics', purpose: 'GA' },
    { name: '_ga_*', provider: 'Google', party: 'first', duration: '2 years', category: 'analytics', purpose: 'GA' },
    { name: '<img src=x onerror=alert(1)>', provider: 'X', party: 'third', duration: 'session', category: 'marketing', purpose: 'test' },
  ],
};
const stored = (o) => encodeURIComponent(JSON.stringify({ id: 'c_old', v: 3, s: 2, t: 1, necessary: true, preferences: false, analytics: true, marketing: false, social: false, gpc: false, ...o }));

function helpers() {
  const b = browser({ attrs: {} });
  b.load();
  return b.window.__custodianConsentTest;
}

// ------------------------------------------------------------------ pure helpers
test('language matching: exact, primary subtag, override, fallback en', () => {
  const { pickLang } = helpers();
  assert.equal(pickLang(['de-AT', 'en'], ['en', 'de']), 'de');
  assert.equal(pickLang(['fr-FR', 'de'], ['en', 'de']), 'de');
  assert.equal(pickLang(['fr-FR'], ['en', 'de']), 'en');
  assert.equal(pickLang(['pt-BR'], ['en', 'pt-br', 'pt']), 'pt-br');
  assert.equal(pickLang(['pt-PT'], ['en', 'pt-BR']), 'pt-BR');
  assert.equal(pickLang(['en-US'], ['en', 'de'], 'de'), 'de', 'data-lang wins');
  assert.equal(pickLang(['de'], ['en', 'de'], 'xx'), 'de', 'unknown override falls through');
  assert.equal(pickLang([], ['de']), 'en');
});

test('consent cookie encode/decode round trip; garbage tolerated; reserved and bad keys dropped', () => {
  const { encodeState, decodeState } = helpers();
  const st = { id: 'c_1', v: 3, s: 2, t: 1700000000000, gpc: true, cats: { preferences: false, analytics: true, marketing: false, social: false } };
  const raw = encodeState(st);
  deq(JSON.parse(decodeURIComponent(raw)),
    { id: 'c_1', v: 3, s: 2, t: 1700000000000, necessary: true, preferences: false, analytics: true, marketing: false, social: false, gpc: true });
  const back = decodeState(raw);
  deq({ ...back, cats: { ...back.cats } }, { ...st, cats: { necessary: true, ...st.cats } });
  assert.equal(decodeState('%7Bnot json'), null);
  assert.equal(decodeState(encodeURIComponent('[1,2]')), null);
  assert.equal(decodeState(null), null);
  const odd = decodeState(encodeURIComponent('{"id":5,"v":"3","__proto__":true,"x y":true,"analytics":"yes","social":true}'));
  assert.equal(odd.id, null);
  assert.equal(odd.v, 0);
  deq(Object.keys(odd.cats), ['social']);
});

test('version re-ask rule', () => {
  const { needsAsk, validConfig } = helpers();
  const cfg = validConfig(CONFIG);
  const all = { preferences: false, analytics: true, marketing: false, social: false };
  assert.equal(needsAsk(null, cfg), true);
  assert.equal(needsAsk({ v: 3, s: 2, cats: all }, cfg), false);
  assert.equal(needsAsk({ v: 4, s: 5, cats: all }, cfg), false, 'newer is fine');
  assert.equal(needsAsk({ v: 2, s: 2, cats: all }, cfg), true, 'banner version bumped');
  assert.equal(needsAsk({ v: 3, s: 1, cats: all }, cfg), true, 'statement version bumped');
  assert.equal(needsAsk({ v: 3, s: 2, cats: { analytics: true, marketing: false, social: false } }, cfg), true, 'unanswered category');
});

test('GPC precedence', () => {
  const { gpcMerge } = helpers();
  // no signal: nothing changes
  assert.equal(gpcMerge(null, null, ['marketing']), null);
  // first time: gpc categories denied, others stay undecided
  deq({ ...gpcMerge(null, 'gpc', ['marketing']) }, { marketing: false });
  // decision made without the signal: gpc categories switched off, others kept
  deq({ ...gpcMerge({ gpc: false, cats: { analytics: true, marketing: true } }, 'gpc', ['marketing']) }, { analytics: true, marketing: false });
  // decision made while the signal was on: an explicit later click wins
  assert.equal(gpcMerge({ gpc: true, cats: { marketing: true } }, 'gpc', ['marketing']), null);
});

test('cookie deletion: host + parent domains x path prefixes; wildcard names', () => {
  const { expiryStrings, matchNames } = helpers();
  const out = expiryStrings('_ga', 'shop.example.com', '/a/b');
  const tail = out.map((s) => s.replace('_ga=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; ', ''));
  for (const dom of ['', '; Domain=shop.example.com', '; Domain=example.com']) {
    for (const p of ['/', '/a', '/a/', '/a/b', '/a/b/']) assert.ok(tail.includes('Path=' + p + dom), p + dom);
  }
  assert.equal(out.length, 15);
  assert.ok(!tail.some((s) => /Domain=com$/.test(s)), 'never the bare TLD');
  deq(expiryStrings('x', '127.0.0.1', '/').length, 1, 'IP host: host-only');
  deq(expiryStrings('x', 'localhost', '/').length, 1);
  deq(matchNames(['_ga', '_ga_*', '*', 'none'], ['_ga', '_ga_ABC', '_gab', 'custodian_consent', 'other']), ['_ga', '_ga_ABC']);
  deq(matchNames(['custodian_*'], ['custodian_consent']), [], 'the consent cookie is never cleared');
});

test('Consent Mode mapping and withdrawal cause', () => {
  const { gcmState, causeFor } = helpers();
  deq({ ...gcmState(['necessary', 'analytics']) },
    { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  deq({ ...gcmState(['marketing']) },
    { analytics_storage: 'denied', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
  assert.equal(causeFor({ analytics: true }, { analytics: false }), 'withdrawal');
  assert.equal(causeFor({ analytics: true }, { analytics: false, social: true }), 'click');
  assert.equal(causeFor(null, { analytics: false }), 'click');
});

test('config validation: unsafe URL, bad ids and reserved ids dropped; necessary forced', () => {
  const { validConfig } = helpers();
  assert.equal(validConfig(null), null);
  assert.equal(validConfig({}), null);
  const c = validConfig({ privacyUrl: 'javascript:alert(1)', categories: [{ id: '__proto__' }, { id: 'id' }, { id: 'a b' }, { id: 'stats' }, { id: 'stats' }], gpcCategories: [1, 'stats'], dnt: 'as-gpc', cookies: [{}, { name: 'a' }] });
  assert.equal(c.privacyUrl, '');
  deq(c.categories.map((x) => x.id), ['necessary', 'stats']);
  assert.equal(c.categories[0].required, true);
  deq([...c.gpcCategories], ['stats']);
  assert.equal(c.dnt, 'as-gpc');
  assert.equal(c.cookies.length, 1);
});

test('config validation keeps the site texts of every language and drops odd keys', () => {
  const { validConfig } = helpers();
  const texts = JSON.parse('{"en":{"title":"Cookies at Shop","acceptAll":"Yes please","__proto__":"x","a b":"y","body":5},'
    + '"de":{"rejectAll":"Nein danke"},"fr":{"title":"Vos choix"},"not a language":{"title":"z"}}');
  const c = validConfig({ categories: [{ id: 'necessary' }], texts });
  deq(c.texts, { en: { title: 'Cookies at Shop', acceptAll: 'Yes please' }, de: { rejectAll: 'Nein danke' }, fr: { title: 'Vos choix' } });
});

// ------------------------------------------------------------------ running in the fake DOM
test('first visit: accessible banner, equal buttons; reject records, stores, tells tracker and page', async () => {
  const b = browser({ config: CONFIG });
  b.load();
  assert.equal(b.posts.length, 0);
  assert.equal(b.jar.size, 0, 'nothing stored before a decision');
  await settle();
  const ban = b.banner();
  assert.ok(ban, 'banner shown');
  assert.equal(ban.getAttribute('role'), 'dialog');
  assert.equal(ban.getAttribute('aria-labelledby'), 'cst-bt');
  assert.equal(b.doc.activeElement, ban, 'focus moved into the banner');
  const labels = ['Accept all', 'Reject all', 'Settings'].map((l) => b.button(l));
  assert.ok(labels.every((x) => x && x.className === 'cst-btn'), 'same class for all three');
  assert.equal(ban.find((e) => e.tagName === 'A').getAttribute('href'), CONFIG.privacyUrl);
  assert.ok(b.doc.head.find((e) => e.tagName === 'STYLE'), 'one style element');

  b.button('Reject all').click();
  assert.equal(b.banner(), undefined, 'banner gone');
  const st = b.state();
  deq([st.necessary, st.preferences, st.analytics, st.marketing, st.social, st.gpc, st.v, st.s], [true, false, false, false, false, false, 3, 2]);
  assert.match(b.cookieWrites.find((c) => c.startsWith('custodian_consent=')), /; Path=\/; SameSite=Lax; Max-Age=31536000; Secure$/);
  deq(b.window.custodian.q[0], ['consent', { analytics: false }, null]);
  const ev = b.events.find((e) => e.type === 'custodian:consent');
  deq([...ev.detail.granted], ['necessary']);
  deq([...ev.detail.denied], ['preferences', 'analytics', 'marketing', 'social']);
  await settle();
  const [post] = b.posts;
  assert.equal(post.url, 'https://custodian.example.com/api/v1/consent/records');
  assert.equal(post.init.headers['Content-Type'], 'text/plain');
  deq(post.body, {
    site: 'site-1', consentId: null, granted: ['necessary'], denied: ['preferences', 'analytics', 'marketing', 'social'],
    cause: 'click', bannerVersion: 3, statementVersion: 2, language: 'en',
  });
  assert.equal(b.state().id, 'c_1', 'server id stored');
  assert.ok(b.events.some((e) => e.type === 'custodian:recorded' && e.detail.consentId === 'c_1'));
  assert.ok(b.button('Privacy settings'), 'floating re-open button');
  deq(b.window.CustodianConsent.get().consentId, 'c_1');
});

test('stored decision: blocked scripts activated for granted categories only; tracker told; no banner', async () => {
  const b = browser({
    config: CONFIG, cookies: { custodian_consent: stored({}) },
    build: (doc, body) => {
      const a = doc.createElement('script'); a.setAttribute('type', 'text/plain'); a.setAttribute('data-category', 'analytics');
      a.setAttribute('data-type', 'module'); a.setAttribute('src', 'https://cdn.example/a.js'); body.appendChild(a);
      const i = doc.createElement('script'); i.setAttribute('type', 'text/plain'); i.setAttribute('data-category', 'analytics'); i.text = 'window.ran = 1;'; body.appendChild(i);
      const m = doc.createElement('script'); m.setAttribute('type', 'text/plain'); m.setAttribute('data-category', 'marketing'); m.setAttribute('src', 'https://ads.example/m.js'); body.appendChild(m);
    },
  });
  b.window.custodian = { consent: (s, id) => { b.window.told = [s, id]; } };
  b.load();
  const scripts = b.doc.getElementsByTagName('script');
  const ext = scripts.find((s) => s.getAttribute('src') === 'https://cdn.example/a.js');
  assert.equal(ext.getAttribute('type'), 'module', 'type restored from data-type');
  assert.equal(ext.async, false, 'document order kept');
  const inl = scripts.find((s) => s.text === 'window.ran = 1;');
  assert.equal(inl.getAttribute('type'), null, 'type removed');
  assert.equal(scripts.find((s) => s.getAttribute('src') === 'https://ads.example/m.js').getAttribute('type'), 'text/plain', 'marketing still blocked');
  deq(b.window.told, [{ analytics: true }, 'c_old']);
  await settle();
  assert.equal(b.banner(), undefined);
  assert.ok(b.button('Privacy settings'));
  assert.equal(b.posts.length, 0, 'nothing recorded again');
});

test('version bump asks again with previous choices pre-filled', async () => {
  const b = browser({ config: CONFIG, cookies: { custodian_consent: stored({ v: 2 }) } });
  b.load();
  await settle();
  assert.ok(b.banner());
  b.button('Settings').click();
  const sw = b.doc.documentElement.find((e) => e.getAttribute('id') === 'cst-c-analytics');
  assert.equal(sw.checked, true);
  assert.equal(sw.getAttribute('role'), 'switch');
  const nec = b.doc.documentElement.find((e) => e.getAttribute('id') === 'cst-c-necessary');
  assert.equal(nec.disabled, true);
  const modal = b.doc.documentElement.find((e) => e.className === 'cst-modal');
  assert.equal(modal.getAttribute('aria-modal'), 'true');
  assert.ok(modal.find((e) => e.tagName === 'LABEL' && e.getAttribute('for') === 'cst-c-analytics'));
  // Escape with no valid decision goes back to the banner, never closes it
  for (const fn of b.doc.ls.keydown) fn({ key: 'Escape', preventDefault() {} });
  assert.ok(b.banner());
});

test('GPC: first visit records cause gpc, banner still asks with the notice; Accept all keeps marketing off; explicit switch wins', async () => {
  const b = browser({ config: CONFIG, gpc: true });
  b.load();
  await settle();
  assert.equal(b.posts[0].body.cause, 'gpc');
  deq(b.posts[0].body.denied, ['marketing']);
  deq(b.posts[0].body.granted, ['necessary']);
  let st = b.state();
  assert.equal(st.gpc, true);
  assert.equal(st.marketing, false);
  assert.equal('analytics' in st, false, 'other categories still undecided');
  const ban = b.banner();
  assert.ok(ban, 'banner still shown for the other categories');
  assert.ok(ban.find((e) => e.className === 'cst-gpc'), 'GPC notice visible');
  b.button('Accept all').click();
  st = b.state();
  deq([st.analytics, st.social, st.preferences, st.marketing], [true, true, true, false]);
  b.window.CustodianConsent.showSettings();
  const sw = b.doc.documentElement.find((e) => e.getAttribute('id') === 'cst-c-marketing');
  assert.equal(sw.checked, false);
  assert.match(sw.getAttribute('aria-describedby'), /cst-gn/);
  sw.checked = true;
  b.button('Save choices').click();
  assert.equal(b.state().marketing, true);
  await settle();
  assert.equal(b.posts.at(-1).body.cause, 'click');
  assert.ok(b.posts.at(-1).body.granted.includes('marketing'));
});

test('GPC after an earlier non-GPC grant: marketing withdrawn, recorded as gpc, before the config it is not unlocked', async () => {
  const b = browser({ config: CONFIG, gpc: true, cookies: { custodian_consent: stored({ marketing: true }) }, attrs: { site: 'site-1', gcm: 'true' } });
  b.load();
  const upd = b.window.dataLayer.find((a) => a[1] === 'update');
  assert.equal(upd[2].ad_storage, 'denied', 'sync update before the config already honours GPC');
  assert.equal(upd[2].analytics_storage, 'granted');
  await settle();
  assert.equal(b.state().marketing, false);
  assert.equal(b.posts[0].body.cause, 'gpc');
  assert.equal(b.banner(), undefined, 'all categories answered: no banner');
});

test('DNT counts only with dnt:"as-gpc"', async () => {
  const a = browser({ config: CONFIG, dnt: '1' });
  a.load(); await settle();
  assert.equal(a.posts.length, 0);
  const b = browser({ config: { ...CONFIG, dnt: 'as-gpc' }, dnt: '1' });
  b.load(); await settle();
  assert.equal(b.posts[0].body.cause, 'dnt');
});

test('Google Consent Mode v2: sync default with data-gcm, update after decision', async () => {
  const b = browser({ config: CONFIG, attrs: { site: 'site-1', gcm: 'true' } });
  b.load();
  const first = b.window.dataLayer[0];
  assert.equal(first[0], 'consent');
  assert.equal(first[1], 'default');
  deq({ ...first[2] }, { ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', wait_for_update: 500 });
  await settle();
  b.window.CustodianConsent.accept(['analytics']);
  const last = b.window.dataLayer.at(-1);
  assert.equal(last[1], 'update');
  deq({ ...last[2] }, { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  // config-driven mode (no attribute): default happens when the config arrives
  const c = browser({ config: { ...CONFIG, googleConsentMode: true } });
  c.load();
  assert.equal(c.window.dataLayer, undefined);
  await settle();
  assert.equal(c.window.dataLayer[0][1], 'default');
});

test('withdrawal deletes declared cookies (wildcards, parent domains) and fires the event', async () => {
  const b = browser({ config: CONFIG, cookies: { custodian_consent: stored({}), _ga: 'x', _ga_ABC: 'y', keep: 'z' } });
  b.load();
  await settle();
  b.window.CustodianConsent.reject();
  assert.ok(!b.jar.has('_ga') && !b.jar.has('_ga_ABC'));
  assert.ok(b.jar.has('keep') && b.jar.has('custodian_consent'));
  assert.ok(b.cookieWrites.some((c) => c === '_ga_ABC=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/a/b; Domain=example.com'));
  const ev = b.events.find((e) => e.type === 'custodian:consent');
  assert.equal(ev.detail.cause, 'withdrawal');
  assert.equal(ev.detail.consentId, 'c_old');
  await settle();
  assert.equal(b.posts[0].body.cause, 'withdrawal');
  assert.equal(b.posts[0].body.consentId, 'c_old');
});

test('forged id: 400 then one retry with consentId null', async () => {
  const b = browser({ config: CONFIG, cookies: { custodian_consent: stored({ id: 'forged' }) }, records: [{ status: 400, json: {} }] });
  b.load();
  await settle();
  b.window.CustodianConsent.accept();
  await settle();
  assert.equal(b.posts.length, 2);
  assert.equal(b.posts[0].body.consentId, 'forged');
  assert.equal(b.posts[1].body.consentId, null);
  assert.equal(b.state().id, 'c_2');
});

test('two-click iframe placeholder; click records consent for the category and loads all its embeds', async () => {
  const b = browser({
    config: CONFIG, cookies: { custodian_consent: stored({}) },
    build: (doc, body) => {
      for (const n of [1, 2]) {
        const f = doc.createElement('iframe');
        f.setAttribute('data-src', 'https://www.youtube.com/embed/' + n); f.setAttribute('data-category', 'social');
        f.setAttribute('data-provider', 'YouTube'); f.setAttribute('width', '560');
        body.appendChild(f);
      }
    },
  });
  b.load();
  const frames = b.doc.getElementsByTagName('iframe');
  assert.ok(frames.every((f) => f.getAttribute('src') === null && f.style.display === 'none'));
  await settle();
  const phs = b.doc.documentElement.all().filter((e) => e.className === 'cst-embed');
  assert.equal(phs.length, 2);
  assert.match(phs[0].textContent, /This content is provided by YouTube.*consent for Social media/);
  assert.equal(phs[0].style.width, '560px');
  b.button('Load content from YouTube').click();
  deq(frames.map((f) => f.getAttribute('src')), ['https://www.youtube.com/embed/1', 'https://www.youtube.com/embed/2']);
  assert.equal(b.doc.documentElement.all().filter((e) => e.className === 'cst-embed').length, 0);
  assert.equal(b.state().social, true);
  assert.equal(b.state().analytics, true, 'other choices kept');
  await settle();
  assert.ok(b.posts[0].body.granted.includes('social'));
  // withdrawing unloads the embeds again
  b.window.CustodianConsent.reject();
  assert.ok(frames.every((f) => f.getAttribute('src') === 'about:blank'));
  assert.equal(b.doc.documentElement.all().filter((e) => e.className === 'cst-embed').length, 2);
});

test('declaration table via textContent; data-custodian-settings reopens settings; German from navigator', async () => {
  let decl, link;
  const b = browser({
    config: CONFIG, languages: ['de-AT', 'en'], cookies: { custodian_consent: stored({}) },
    build: (doc, body) => {
      decl = doc.createElement('div'); decl.setAttribute('data-custodian-declaration', ''); body.appendChild(decl);
      link = doc.createElement('a'); link.setAttribute('data-custodian-settings', ''); body.appendChild(link);
    },
  });
  b.load();
  await settle();
  const cells = decl.all().filter((e) => e.tagName === 'TD').map((e) => e.textContent);
  assert.ok(cells.includes('<img src=x onerror=alert(1)>'), 'rendered as text');
  assert.ok(cells.includes('Statistik'), 'category label localized');
  assert.ok(cells.includes('Drittanbieter'));
  assert.ok(decl.all().some((e) => e.tagName === 'TH' && e.textContent === 'Anbieter'));
  link.click();
  assert.ok(b.doc.documentElement.find((e) => e.className === 'cst-modal'));
  assert.ok(b.button('Auswahl speichern'), 'built-in German texts');
  for (const fn of b.doc.ls.keydown) fn({ key: 'Escape', preventDefault() {} });
  assert.equal(b.doc.documentElement.find((e) => e.className === 'cst-modal'), undefined, 'Escape closes settings');
});

test('API before the config: queued; on() replays; config failure never throws and never unlocks', async () => {
  const b = browser({ config: CONFIG });
  b.load();
  const seen = [];
  b.window.CustodianConsent.on((s) => seen.push(s));
  b.window.CustodianConsent.accept(['analytics']);
  assert.equal(b.jar.size, 0);
  await settle();
  assert.equal(b.state().analytics, true);
  assert.equal(b.state().marketing, false);
  deq([...seen[0].granted], ['necessary', 'analytics']);

  const f = browser({ config: null });
  assert.doesNotThrow(() => f.load());
  f.window.CustodianConsent.show();
  assert.equal(f.window.CustodianConsent.get(), null);
  assert.equal(f.banner(), undefined);
});
