// A minimal fake browser (node:vm) for the compatibility trackers: cookies, storage, history, events, and every
// request the script makes (sendBeacon, fetch, image), recorded for the tests to read.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export const source = (path) => readFileSync(new URL('../../main/resources/static/' + path, import.meta.url), 'utf8');

/** Lets pending promise callbacks run; no wall-clock wait. */
export const settle = () => new Promise((r) => setImmediate(r));

export const consentCookie = (obj) => encodeURIComponent(JSON.stringify(obj));

/** An element: tag, attributes, classes, parent; enough for click handlers. */
export function element(tagName, attrs = {}, parentNode = null) {
  const el = {
    tagName: tagName.toUpperCase(), parentNode,
    attributes: Object.entries(attrs).map(([name, value]) => ({ name, value })),
    getAttribute: (n) => (n in attrs ? attrs[n] : null),
    hasAttribute: (n) => n in attrs,
    className: attrs.class || '',
    classList: (attrs.class || '').split(/\s+/).filter(Boolean),
    closest(sel) {
      const m = /^\[(.+)\]$/.exec(sel);
      for (let e = el; e; e = e.parentNode) if (m && e.hasAttribute(m[1])) return e;
      return null;
    },
  };
  if ('href' in attrs) el.href = new URL(attrs.href, 'https://shop.example.com/').href;
  return el;
}

export function browser({ src, attrs = {}, href = 'https://shop.example.com/a?x=1', cookies = {}, storage = {},
  referrer = 'https://search.example/?q=1', beacon = true, globals = {}, fetchAnswer = {} } = {}) {
  const jar = new Map(Object.entries(cookies));
  const cookieWrites = [];
  const requests = [];
  const listeners = {};
  const on = (target) => (type, fn) => { (listeners[target + ':' + type] ||= []).push(fn); };
  const off = (target) => (type, fn) => { listeners[target + ':' + type] = (listeners[target + ':' + type] || []).filter((f) => f !== fn); };
  const loc = {};
  const setHref = (h) => {
    const u = new URL(h, loc.href || undefined);
    Object.assign(loc, { href: u.href, host: u.host, hostname: u.hostname, protocol: u.protocol, pathname: u.pathname,
      search: u.search, hash: u.hash, origin: u.origin });
  };
  setHref(href);
  const store = new Map(Object.entries(storage));
  const scriptAttrs = { src, ...attrs };
  const document = {
    title: 'Page A', referrer, visibilityState: 'visible', readyState: 'interactive',
    currentScript: { src, attributes: Object.entries(scriptAttrs).map(([name, value]) => ({ name, value })),
      getAttribute: (n) => (n in scriptAttrs ? scriptAttrs[n] : null) },
    documentElement: { scrollHeight: 2000, offsetHeight: 2000 },
    body: { scrollHeight: 2000 },
    addEventListener: on('doc'), removeEventListener: off('doc'),
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
    pushState(_s, _t, url) { if (url) setHref(url); },
    replaceState(_s, _t, url) { if (url) setHref(url); },
  };
  const window = {
    document, history, location: loc, screen: { width: 1920, height: 1080 }, innerHeight: 1000, scrollY: 0,
    navigator: {
      language: 'en-US',
      sendBeacon: beacon ? (url, body) => { requests.push({ via: 'beacon', url, body }); return true; } : undefined,
    },
    localStorage: { getItem: (k) => (store.has(k) ? store.get(k) : null), setItem: (k, v) => store.set(k, String(v)),
      removeItem: (k) => store.delete(k), get plausible_ignore() { return store.get('plausible_ignore'); } },
    crypto: globalThis.crypto, Blob, URL, JSON, Math, Date, Uint8Array, Array, Object, String, Promise, RegExp,
    setTimeout: (...a) => globalThis.setTimeout(...a), clearTimeout: (...a) => globalThis.clearTimeout(...a),
    addEventListener: on('win'), removeEventListener: off('win'),
    fetch: (url, init) => {
      requests.push({ via: 'fetch', url, init, body: init.body });
      return Promise.resolve({ status: 202, json: () => Promise.resolve(fetchAnswer) });
    },
    Image: function Image() { const img = {}; requests.push({ via: 'image', get url() { return img.src; }, img }); return img; },
    ...globals,
  };
  window.window = window;
  const ctx = vm.createContext(window);
  const run = (code) => vm.runInContext(code, ctx);
  const load = (path) => run(source(path));
  const fire = (target, type, ev = {}) => { for (const fn of [...(listeners[target + ':' + type] || [])]) fn({ type, ...ev }); };
  const texts = async () => Promise.all(requests.map(async (r) => ({ ...r,
    text: typeof r.body === 'string' ? r.body : r.body && r.body.text ? await r.body.text() : '' })));
  return { window, document, jar, cookieWrites, requests, store, fire, run, load, texts, setHref };
}
