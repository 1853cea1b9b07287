/*! Custodian consent.js - cookie consent banner. See docs/consent.md */
(function (w, d) {
  'use strict';
  try {
    if (w.CustodianConsent && w.CustodianConsent._loaded) return; // loaded twice: the first copy wins

    var G = typeof globalThis !== 'undefined' ? globalThis : w;
    var COOKIE = 'custodian_consent', P = 'cst-';
    var ID_RE = /^[a-z0-9][a-z0-9_-]{0,39}$/i, LANG_RE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
    var TEXT_KEY_RE = /^[a-z][a-z0-9_]{0,39}$/i;
    var RESERVED = { id: 1, v: 1, s: 1, t: 1, gpc: 1 };
    var GCM_MAP = { analytics: ['analytics_storage'], marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'] };

    // ---------------------------------------------------------------- pure helpers
    function own(o, k) { return !!o && Object.prototype.hasOwnProperty.call(o, k); }
    function isObj(v) { return !!v && typeof v === 'object' && !Array.isArray(v); }
    function str(v, max) { return typeof v === 'string' ? v.slice(0, max || 2000) : ''; }
    function num(v) { return typeof v === 'number' && isFinite(v) && v >= 0 ? Math.floor(v) : 0; }
    function noop() {}
    function safe(fn) { return function () { try { return fn.apply(this, arguments); } catch (e) {} }; }
    function fill(tpl, map) {
      return String(tpl || '').replace(/\{(\w+)\}/g, function (m, k) { return own(map, k) ? String(map[k]) : m; });
    }

    // language: candidates in order (override first), exact tag, then primary subtag; fallback en
    function pickLang(prefs, available, override) {
      var list = (override ? [override] : []).concat(prefs || []), i, j, c, p;
      for (i = 0; i < list.length; i++) {
        c = String(list[i] || '').toLowerCase();
        p = c.split('-')[0];
        for (j = 0; j < available.length; j++) if (String(available[j]).toLowerCase() === c) return available[j];
        for (j = 0; j < available.length; j++) if (p && String(available[j]).toLowerCase().split('-')[0] === p) return available[j];
      }
      return 'en';
    }

    // decision <-> cookie value. state = {id, v, s, t, gpc, cats: {categoryId: bool}}; undecided ids are absent
    function encodeState(st) {
      var o = { id: st.id || null, v: st.v, s: st.s, t: st.t, necessary: true }, k;
      for (k in st.cats) if (own(st.cats, k) && k !== 'necessary') o[k] = st.cats[k];
      o.gpc = !!st.gpc;
      return encodeURIComponent(JSON.stringify(o));
    }
    function decodeState(raw) {
      if (!raw) return null;
      try {
        var o = JSON.parse(decodeURIComponent(raw)), cats = {}, k;
        if (!isObj(o)) return null;
        for (k in o) if (own(o, k) && !own(RESERVED, k) && ID_RE.test(k) && typeof o[k] === 'boolean') cats[k] = o[k];
        return {
          id: typeof o.id === 'string' && o.id.length <= 200 ? o.id : null,
          v: num(o.v), s: num(o.s), t: num(o.t), gpc: o.gpc === true, cats: cats
        };
      } catch (e) { return null; }
    }

    // ask again: no decision, older banner/statement version, or an optional category without an answer
    function needsAsk(st, cfg) {
      if (!st) return true;
      if (st.v < cfg.bannerVersion || st.s < cfg.statementVersion) return true;
      for (var i = 0; i < cfg.categories.length; i++) {
        if (!cfg.categories[i].required && typeof st.cats[cfg.categories[i].id] !== 'boolean') return true;
      }
      return false;
    }

    // GPC precedence. Returns null when nothing changes, else the new category map (gpc categories denied).
    // A decision stored while the signal was on (st.gpc) already reflects it: explicit clicks since then win.
    function gpcMerge(st, signal, gpcCats) {
      if (!signal || (st && st.gpc)) return null;
      var cats = {}, k, i;
      if (st) for (k in st.cats) if (own(st.cats, k)) cats[k] = st.cats[k];
      for (i = 0; i < gpcCats.length; i++) cats[gpcCats[i]] = false;
      return cats;
    }

    // every Set-Cookie string that expires `name`: host-only + each parent domain, x "/" + each path prefix
    function expiryStrings(name, host, path) {
      host = String(host || '');
      var doms = [''], paths = ['/'], out = [], labels = host.split('.'), segs = String(path || '/').split('/'), p = '', i, j;
      if (!/^[\d.]+$/.test(host) && host.indexOf(':') < 0) {
        for (i = 0; i < labels.length - 1; i++) doms.push('; Domain=' + labels.slice(i).join('.'));
      }
      for (i = 1; i < segs.length; i++) if (segs[i]) { p += '/' + segs[i]; paths.push(p, p + '/'); }
      for (i = 0; i < doms.length; i++) {
        for (j = 0; j < paths.length; j++) {
          out.push(name + '=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=' + paths[j] + doms[i]);
        }
      }
      return out;
    }
    // declared names ("_ga", "_ga_*") matched against present cookie names; never the consent cookie itself
    function matchNames(patterns, present) {
      var out = [], i, j, p, n;
      for (i = 0; i < patterns.length; i++) {
        p = String(patterns[i] || '');
        for (j = 0; j < present.length; j++) {
          n = present[j];
          if (n === COOKIE || out.indexOf(n) >= 0) continue;
          if (p.length > 1 && p.charAt(p.length - 1) === '*' ? n.indexOf(p.slice(0, -1)) === 0 : n === p) out.push(n);
        }
      }
      return out;
    }

    function gcmState(granted) {
      var o = {}, k, i;
      for (k in GCM_MAP) for (i = 0; i < GCM_MAP[k].length; i++) o[GCM_MAP[k][i]] = granted.indexOf(k) >= 0 ? 'granted' : 'denied';
      return o;
    }

    // click that only takes consent away is a withdrawal
    function causeFor(prevCats, nextCats) {
      var k, revoked = false;
      for (k in nextCats) {
        if (!own(nextCats, k)) continue;
        if (nextCats[k] === true && !(prevCats && prevCats[k] === true)) return 'click';
        if (nextCats[k] === false && prevCats && prevCats[k] === true) revoked = true;
      }
      return revoked ? 'withdrawal' : 'click';
    }

    function strMap(v, max) {
      var o = {}, k;
      if (typeof v === 'string') return { en: v.slice(0, max || 2000) };
      if (isObj(v)) for (k in v) if (own(v, k) && LANG_RE.test(k) && typeof v[k] === 'string') o[k] = v[k].slice(0, max || 2000);
      return o;
    }
    // a site's banner texts of one language: text keys (title, body, acceptAll, ...) to strings
    function textMap(v, max) {
      var o = {}, k;
      if (isObj(v)) for (k in v) if (own(v, k) && TEXT_KEY_RE.test(k) && typeof v[k] === 'string') o[k] = v[k].slice(0, max || 2000);
      return o;
    }
    function validConfig(o) {
      if (!isObj(o) || !Array.isArray(o.categories)) return null;
      var cfg = {
        site: str(o.site, 200), bannerVersion: num(o.bannerVersion), statementVersion: num(o.statementVersion),
        privacyUrl: /^https?:\/\//i.test(str(o.privacyUrl)) ? str(o.privacyUrl) : '',
        categories: [], texts: {}, gpcCategories: ['marketing'], dnt: o.dnt === 'as-gpc' ? 'as-gpc' : 'ignore',
        googleConsentMode: o.googleConsentMode === true, cookies: []
      }, seen = {}, i, c, k;
      for (i = 0; i < o.categories.length && i < 50; i++) {
        c = o.categories[i];
        if (!isObj(c) || typeof c.id !== 'string' || !ID_RE.test(c.id) || own(RESERVED, c.id) || own(seen, c.id)) continue;
        seen[c.id] = 1;
        cfg.categories.push({ id: c.id, required: c.required === true || c.id === 'necessary', label: strMap(c.label, 200), description: strMap(c.description) });
      }
      if (!own(seen, 'necessary')) cfg.categories.unshift({ id: 'necessary', required: true, label: {}, description: {} });
      if (isObj(o.texts)) for (k in o.texts) if (own(o.texts, k) && LANG_RE.test(k) && isObj(o.texts[k])) cfg.texts[k] = textMap(o.texts[k], 5000);
      if (Array.isArray(o.gpcCategories)) {
        cfg.gpcCategories = [];
        for (i = 0; i < o.gpcCategories.length; i++) {
          if (typeof o.gpcCategories[i] === 'string' && ID_RE.test(o.gpcCategories[i])) cfg.gpcCategories.push(o.gpcCategories[i]);
        }
      }
      if (Array.isArray(o.cookies)) {
        for (i = 0; i < o.cookies.length && i < 500; i++) {
          c = o.cookies[i];
          if (!isObj(c) || !str(c.name, 200)) continue;
          cfg.cookies.push({
            name: str(c.name, 200), provider: str(c.provider, 200), party: c.party === 'third' ? 'third' : 'first',
            duration: str(c.duration, 200), category: str(c.category, 40), purpose: strMap(c.purpose)
          });
        }
      }
      return cfg;
    }

    if (G.__CUSTODIAN_TEST__) {
      G.__custodianConsentTest = {
        pickLang: pickLang, encodeState: encodeState, decodeState: decodeState, needsAsk: needsAsk, gpcMerge: gpcMerge,
        expiryStrings: expiryStrings, matchNames: matchNames, gcmState: gcmState, causeFor: causeFor,
        validConfig: validConfig, fill: fill, textMap: textMap
      };
    }

    // ---------------------------------------------------------------- built-in texts
    var BUILTIN = {
      en: {
        title: 'Your privacy choices',
        body: 'We use cookies and similar technologies. Necessary ones keep this site working. With your consent we also use others for preferences, statistics, marketing and embedded content. You can change or withdraw your choice at any time under "Privacy settings".',
        acceptAll: 'Accept all', rejectAll: 'Reject all', settings: 'Settings', save: 'Save choices', close: 'Close',
        privacyLink: 'Privacy statement', manage: 'Privacy settings', alwaysOn: 'Always on',
        gpcNotice: "Your browser's Global Privacy Control signal is honoured: marketing and sale/sharing are off.",
        loadEmbed: 'Load content from {provider}',
        embedNotice: 'This content is provided by {provider}, which may set cookies. It loads only with your consent for {category}.',
        cookies: 'Cookies', colName: 'Name', colProvider: 'Provider', colParty: 'Party', colDuration: 'Duration',
        colCategory: 'Category', colPurpose: 'Purpose', first: 'First party', third: 'Third party',
        cat_necessary: 'Necessary', cat_preferences: 'Preferences', cat_analytics: 'Statistics', cat_marketing: 'Marketing', cat_social: 'Social media'
      },
      de: {
        title: 'Ihre Datenschutz-Einstellungen',
        body: 'Wir verwenden Cookies und ähnliche Technologien. Notwendige halten diese Website funktionsfähig. Mit Ihrer Einwilligung nutzen wir weitere für Präferenzen, Statistik, Marketing und eingebettete Inhalte. Sie können Ihre Wahl jederzeit unter „Datenschutz-Einstellungen“ ändern oder widerrufen.',
        acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen', settings: 'Einstellungen', save: 'Auswahl speichern', close: 'Schließen',
        privacyLink: 'Datenschutzerklärung', manage: 'Datenschutz-Einstellungen', alwaysOn: 'Immer aktiv',
        gpcNotice: 'Das Global-Privacy-Control-Signal Ihres Browsers wird beachtet: Marketing sowie Verkauf/Weitergabe sind aus.',
        loadEmbed: 'Inhalt von {provider} laden',
        embedNotice: 'Dieser Inhalt wird von {provider} bereitgestellt, der Cookies setzen kann. Er wird nur mit Ihrer Einwilligung für {category} geladen.',
        cookies: 'Cookies', colName: 'Name', colProvider: 'Anbieter', colParty: 'Art', colDuration: 'Dauer',
        colCategory: 'Kategorie', colPurpose: 'Zweck', first: 'Erstanbieter', third: 'Drittanbieter',
        cat_necessary: 'Notwendig', cat_preferences: 'Präferenzen', cat_analytics: 'Statistik', cat_marketing: 'Marketing', cat_social: 'Soziale Medien'
      }
    };

    // ---------------------------------------------------------------- environment
    var nav = w.navigator || {}, loc = w.location || {};
    var script = d.currentScript || (d.querySelector && d.querySelector('script[data-site][src*="consent.js"]')) ||
      { getAttribute: function () { return null; } };
    var attr = function (n) { var v = script.getAttribute('data-' + n); return v == null ? '' : String(v).trim(); };
    var SITE = attr('site'), LANG = attr('lang'), NONCE = attr('nonce'), FAB = attr('fab') !== 'false';
    var BASE = attr('endpoint');
    if (!BASE) { try { BASE = new URL(script.src, loc.href).origin; } catch (e) { BASE = ''; } }
    BASE = BASE.replace(/\/+$/, '');
    var GPC = nav.globalPrivacyControl === true;
    var DNT = nav.doNotTrack === '1' || w.doNotTrack === '1';

    var cfg = null, lang = 'en', state = decodeState(readCookie(COOKIE)), gcmOn = false, failed = false;
    var waiters = [], subs = [], styled = false;
    var root = null, banner = null, overlay = null, fab = null, view = null, lastFocus = null, fromBanner = false;

    function readCookie(name) {
      var parts = String(d.cookie || '').split(/;\s*/), i;
      for (i = 0; i < parts.length; i++) if (parts[i].slice(0, name.length + 1) === name + '=') return parts[i].slice(name.length + 1);
      return null;
    }
    function cookieNames() {
      var parts = String(d.cookie || '').split(/;\s*/), out = [], i, k;
      for (i = 0; i < parts.length; i++) { k = parts[i].split('=')[0]; if (k) out.push(k); }
      return out;
    }
    function writeState() {
      d.cookie = COOKIE + '=' + encodeState(state) + '; Path=/; SameSite=Lax; Max-Age=31536000' +
        (loc.protocol === 'https:' ? '; Secure' : '');
    }

    // which signal applies: 'gpc' | 'dnt' | null (DNT only with config dnt:"as-gpc"; before the config, any signal counts)
    function signal() {
      if (GPC) return 'gpc';
      if (DNT && (!cfg || cfg.dnt === 'as-gpc')) return 'dnt';
      return null;
    }
    function gpcCats() { return cfg ? cfg.gpcCategories : ['marketing']; }
    function required(id) {
      if (id === 'necessary') return true;
      if (cfg) for (var i = 0; i < cfg.categories.length; i++) if (cfg.categories[i].id === id) return cfg.categories[i].required;
      return false;
    }
    function allowed(id) {
      if (required(id)) return true;
      if (!state || state.cats[id] !== true) return false;
      // before the config: a decision made without the signal does not unlock its categories yet
      if (!cfg && !state.gpc && signal() && gpcCats().indexOf(id) >= 0) return false;
      return true;
    }
    function allowedAll(list) {
      var ids = String(list || '').split(/[\s,]+/), i, n = 0;
      for (i = 0; i < ids.length; i++) if (ids[i]) { if (!allowed(ids[i])) return false; n++; }
      return n > 0;
    }
    function lists() {
      var g = [], dn = [], i, id, k;
      if (cfg) {
        for (i = 0; i < cfg.categories.length; i++) {
          id = cfg.categories[i].id;
          if (allowed(id)) g.push(id); else if (state && state.cats[id] === false) dn.push(id);
        }
      } else {
        g.push('necessary');
        if (state) for (k in state.cats) if (own(state.cats, k) && k !== 'necessary') (allowed(k) ? g : dn).push(k);
      }
      return { granted: g, denied: dn };
    }

    // ---------------------------------------------------------------- texts
    function t(key) {
      var base = lang.split('-')[0], v;
      v = (cfg && own(cfg.texts, lang) && own(cfg.texts[lang], key) && cfg.texts[lang][key]) ||
        (cfg && own(cfg.texts, base) && own(cfg.texts[base], key) && cfg.texts[base][key]) ||
        (own(BUILTIN, base) && BUILTIN[base][key]) ||
        (cfg && own(cfg.texts, 'en') && own(cfg.texts.en, key) && cfg.texts.en[key]) || BUILTIN.en[key];
      return v || '';
    }
    function loc8n(map) {
      if (!map) return '';
      var k;
      if (map[lang]) return map[lang];
      if (map[lang.split('-')[0]]) return map[lang.split('-')[0]];
      if (map.en) return map.en;
      for (k in map) if (own(map, k)) return map[k];
      return '';
    }
    function catLabel(id) {
      var m = null, base = lang.split('-')[0], i;
      if (cfg) for (i = 0; i < cfg.categories.length; i++) if (cfg.categories[i].id === id) m = cfg.categories[i].label;
      return (m && (m[lang] || m[base])) || (own(BUILTIN, base) && BUILTIN[base]['cat_' + id]) || loc8n(m) || BUILTIN.en['cat_' + id] || id;
    }
    function chooseLang() {
      var avail = ['en', 'de'], k;
      if (cfg) for (k in cfg.texts) if (own(cfg.texts, k) && avail.indexOf(k) < 0) avail.push(k);
      lang = pickLang(nav.languages && nav.languages.length ? [].slice.call(nav.languages) : [nav.language], avail, LANG);
    }

    // ---------------------------------------------------------------- DOM helpers
    function el(tag, cls, text, attrs) {
      var e = d.createElement(tag), k;
      if (cls) e.className = cls;
      if (text != null) e.textContent = text;
      if (attrs) for (k in attrs) if (own(attrs, k) && attrs[k] != null) e.setAttribute(k, String(attrs[k]));
      return e;
    }
    function on(e, type, fn) { e.addEventListener(type, safe(fn)); }
    function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
    function whenReady(fn) {
      if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', safe(fn)); else fn();
    }
    function emit(name, detail) {
      try { w.dispatchEvent(new w.CustomEvent(name, { detail: detail })); } catch (e) {}
    }

    var CSS = '.cst-root,.cst-embed{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937}' +
      '.cst-root *,.cst-embed *{box-sizing:border-box}' +
      '.cst-banner{position:fixed;z-index:2147483000;left:0;right:0;bottom:0;background:#fff;border-top:1px solid #9ca3af;box-shadow:0 -4px 24px rgba(0,0,0,.18);padding:16px 20px;display:flex;flex-wrap:wrap;gap:12px 24px;align-items:center;animation:cst-in .25s ease-out}' +
      '.cst-text{flex:1 1 420px;min-width:0}' +
      '.cst-title{font-size:17px;font-weight:700;line-height:1.3;margin:0 0 4px;color:#111827}' +
      '.cst-p{margin:0}.cst-modal .cst-p{margin-bottom:12px}' +
      '.cst-a{color:#3730a3;text-decoration:underline}' +
      '.cst-gpc{margin:8px 0 0;padding:6px 10px;background:#eef2ff;border-left:4px solid #3730a3;color:#1e1b4b;font-size:14px}' +
      '.cst-btns{display:flex;flex-wrap:wrap;gap:8px}' +
      '.cst-btn{font:inherit;font-weight:600;min-width:150px;min-height:44px;padding:8px 18px;margin:0;border:2px solid #3730a3;border-radius:6px;background:#3730a3;color:#fff;cursor:pointer}' +
      '.cst-btn:hover{background:#312e81;border-color:#312e81}' +
      '.cst-root :focus-visible,.cst-embed :focus-visible{outline:3px solid #111827;outline-offset:2px}' +
      '.cst-banner:focus,.cst-modal:focus{outline:none}' +
      '.cst-overlay{position:fixed;z-index:2147483001;top:0;left:0;right:0;bottom:0;background:rgba(17,24,39,.6);display:flex;align-items:center;justify-content:center;padding:16px}' +
      '.cst-modal{background:#fff;border-radius:10px;width:100%;max-width:660px;max-height:calc(100vh - 32px);overflow:auto;padding:20px 24px;box-shadow:0 10px 40px rgba(0,0,0,.3);animation:cst-in .2s ease-out}' +
      '.cst-head{display:flex;justify-content:space-between;align-items:flex-start;gap:12px;margin-bottom:8px}' +
      '.cst-x{font:inherit;font-size:24px;line-height:1;background:none;border:0;border-radius:6px;min-width:44px;min-height:44px;color:#374151;cursor:pointer}' +
      '.cst-cat{border-top:1px solid #e5e7eb;padding:12px 0}' +
      '.cst-row{display:flex;align-items:center;gap:12px}' +
      '.cst-row label{font-weight:600;cursor:pointer;flex:1}' +
      '.cst-on{font-size:13px;color:#374151}' +
      '.cst-sw{-webkit-appearance:none;appearance:none;flex:none;width:46px;height:26px;margin:0;border-radius:13px;background:#6b7280;position:relative;cursor:pointer;transition:background .2s}' +
      '.cst-sw::after{content:"";position:absolute;top:3px;left:3px;width:20px;height:20px;border-radius:50%;background:#fff;transition:left .2s}' +
      '.cst-sw:checked{background:#3730a3}.cst-sw:checked::after{left:23px}' +
      '.cst-sw:disabled{cursor:not-allowed;opacity:.7}' +
      '.cst-desc{margin:4px 0 0;color:#374151;font-size:14px}' +
      '.cst-det{margin-top:6px;font-size:14px}.cst-det summary{cursor:pointer;color:#3730a3}' +
      '.cst-tbl{border-collapse:collapse;width:100%;font-size:13px;margin-top:6px}' +
      '.cst-tbl th,.cst-tbl td{border:1px solid #d1d5db;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}' +
      '.cst-tbl th{background:#f3f4f6}' +
      '.cst-foot{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px;padding-top:12px;border-top:1px solid #e5e7eb}' +
      '.cst-fab{position:fixed;z-index:2147483000;left:12px;bottom:12px;font:600 13px/1.2 system-ui,sans-serif;min-height:36px;padding:8px 14px;border-radius:18px;border:1px solid #3730a3;background:#fff;color:#3730a3;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.2)}' +
      '.cst-embed{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:10px;max-width:100%;min-height:150px;padding:16px;background:#f3f4f6;border:1px solid #9ca3af;text-align:center}' +
      '.cst-embed p{margin:0;max-width:40em}' +
      '@keyframes cst-in{from{opacity:0}to{opacity:1}}' +
      '@media (max-width:640px){.cst-banner{left:12px;right:12px;bottom:auto;top:50%;transform:translateY(-50%);max-height:calc(100vh - 24px);overflow:auto;border:1px solid #9ca3af;border-radius:10px}.cst-btns,.cst-btn{width:100%}}' +
      '@media (prefers-reduced-motion:reduce){.cst-root *{animation:none!important;transition:none!important}}' +
      '@media (forced-colors:active){.cst-sw{-webkit-appearance:auto;appearance:auto}.cst-sw::after{display:none}}';

    function style() {
      if (styled) return;
      styled = true;
      var s = el('style', null, CSS, { 'data-custodian': '' });
      if (NONCE) { s.setAttribute('nonce', NONCE); s.nonce = NONCE; }
      (d.head || d.documentElement).appendChild(s);
    }
    function ensureRoot() {
      style();
      if (!root || !root.parentNode) {
        root = el('div', P + 'root', null, { id: 'custodian-consent' });
        d.body.appendChild(root);
      }
      root.setAttribute('lang', lang);
    }
    function button(text, fn, cls) {
      var b = el('button', cls || P + 'btn', text, { type: 'button' });
      on(b, 'click', fn);
      return b;
    }
    function privacyLink() {
      return cfg && cfg.privacyUrl ? el('a', P + 'a', t('privacyLink'), { href: cfg.privacyUrl }) : null;
    }
    function focusables(box) {
      var all = box.querySelectorAll('a[href],button,input,summary'), out = [], i;
      for (i = 0; i < all.length; i++) if (!all[i].disabled) out.push(all[i]);
      return out;
    }

    // ---------------------------------------------------------------- banner & settings
    function rememberFocus() {
      if (!view) lastFocus = d.activeElement;
    }
    function restoreFocus() {
      var f = lastFocus;
      lastFocus = null;
      if (f && f.className === P + 'fab') f = fab; // the re-open button is rebuilt: focus the new one
      if (f && f.focus && f !== d.body && d.documentElement.contains(f)) { try { f.focus(); } catch (e) {} }
    }
    function remove(e) { if (e && e.parentNode) e.parentNode.removeChild(e); }
    function decided() { return !!state && !!cfg && !needsAsk(state, cfg); }
    function showFab() {
      whenReady(function () {
        remove(fab); fab = null;
        if (!FAB || !decided() || view) return;
        ensureRoot();
        fab = button(t('manage'), function () { openSettings(false); }, P + 'fab');
        root.appendChild(fab);
      });
    }

    function acceptAllCats() {
      // "Accept all" does not name the GPC categories: with a signal they stay off unless already switched on
      var cats = {}, i, c, sig = signal();
      for (i = 0; i < cfg.categories.length; i++) {
        c = cfg.categories[i];
        if (c.required) continue;
        cats[c.id] = !(sig && cfg.gpcCategories.indexOf(c.id) >= 0) || (!!state && state.gpc && state.cats[c.id] === true);
      }
      return cats;
    }
    function rejectAllCats() {
      var cats = {}, i;
      for (i = 0; i < cfg.categories.length; i++) if (!cfg.categories[i].required) cats[cfg.categories[i].id] = false;
      return cats;
    }

    function openBanner() {
      if (!cfg) { waitConfig(openBanner); return; }
      whenReady(function () {
        rememberFocus();
        closeSettings(true);
        ensureRoot();
        remove(banner); remove(fab); fab = null;
        var sig = signal(), text = el('div', P + 'text'), body = el('p', P + 'p', t('body') + ' ', { id: P + 'bd' }), link = privacyLink();
        banner = el('div', P + 'banner', null, {
          role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': P + 'bt', 'aria-describedby': P + 'bd', tabindex: '-1'
        });
        text.appendChild(el('h2', P + 'title', t('title'), { id: P + 'bt' }));
        if (link) body.appendChild(link);
        text.appendChild(body);
        if (sig) text.appendChild(el('p', P + 'gpc', t('gpcNotice'), { role: 'note' }));
        var btns = el('div', P + 'btns');
        btns.appendChild(button(t('acceptAll'), function () { decide(acceptAllCats(), 'click'); }));
        btns.appendChild(button(t('rejectAll'), function () { decide(rejectAllCats(), 'click'); }));
        btns.appendChild(button(t('settings'), function () { openSettings(true); }));
        banner.appendChild(text);
        banner.appendChild(btns);
        root.appendChild(banner);
        view = 'banner';
        banner.focus();
      });
    }

    function cookieTable(list, withCategory) {
      var tbl = el('table', P + 'tbl'), head = el('tr'), cols = ['colName', 'colProvider', 'colParty', 'colDuration'], i, tr, c, tb = el('tbody');
      if (withCategory) cols.push('colCategory');
      cols.push('colPurpose');
      for (i = 0; i < cols.length; i++) head.appendChild(el('th', null, t(cols[i]), { scope: 'col' }));
      var th = el('thead'); th.appendChild(head); tbl.appendChild(th);
      for (i = 0; i < list.length; i++) {
        c = list[i];
        tr = el('tr');
        tr.appendChild(el('td', null, c.name));
        tr.appendChild(el('td', null, c.provider));
        tr.appendChild(el('td', null, t(c.party)));
        tr.appendChild(el('td', null, c.duration));
        if (withCategory) tr.appendChild(el('td', null, catLabel(c.category)));
        tr.appendChild(el('td', null, loc8n(c.purpose)));
        tb.appendChild(tr);
      }
      tbl.appendChild(tb);
      return tbl;
    }

    function openSettings(viaBanner) {
      if (!cfg) { waitConfig(function () { openSettings(viaBanner); }); return; }
      whenReady(function () {
        rememberFocus();
        fromBanner = !!viaBanner || view === 'banner';
        remove(banner); banner = null; remove(fab); fab = null; remove(overlay);
        ensureRoot();
        var sig = signal(), gcats = cfg.gpcCategories, i, c, box, row, sw, id, desc, cookies, j, det, link;
        overlay = el('div', P + 'overlay');
        var m = el('div', P + 'modal', null, {
          role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': P + 'st', 'aria-describedby': P + 'sd', tabindex: '-1'
        });
        var head = el('div', P + 'head');
        head.appendChild(el('h2', P + 'title', t('manage'), { id: P + 'st' }));
        head.appendChild(button('\u00d7', closeSettings, P + 'x'));
        head.lastChild.setAttribute('aria-label', t('close'));
        m.appendChild(head);
        var intro = el('p', P + 'p', t('body') + ' ', { id: P + 'sd' });
        if ((link = privacyLink())) intro.appendChild(link);
        m.appendChild(intro);
        if (sig) m.appendChild(el('p', P + 'gpc', t('gpcNotice'), { id: P + 'gn', role: 'note' }));
        var switches = [];
        for (i = 0; i < cfg.categories.length; i++) {
          c = cfg.categories[i];
          id = P + 'c-' + c.id;
          box = el('div', P + 'cat');
          row = el('div', P + 'row');
          row.appendChild(el('label', null, catLabel(c.id), { 'for': id }));
          var described = id + '-d';
          if (c.required) { row.appendChild(el('span', P + 'on', t('alwaysOn'), { id: id + '-on' })); described += ' ' + id + '-on'; }
          else if (sig && gcats.indexOf(c.id) >= 0) described += ' ' + P + 'gn';
          sw = el('input', P + 'sw', null, { type: 'checkbox', role: 'switch', id: id, 'aria-describedby': described });
          sw.checked = c.required || allowed(c.id);
          if (c.required) sw.disabled = true; else switches.push([c.id, sw]);
          row.appendChild(sw);
          box.appendChild(row);
          desc = el('p', P + 'desc', loc8n(c.description), { id: id + '-d' });
          box.appendChild(desc);
          cookies = [];
          for (j = 0; j < cfg.cookies.length; j++) if (cfg.cookies[j].category === c.id) cookies.push(cfg.cookies[j]);
          if (cookies.length) {
            det = el('details', P + 'det');
            det.appendChild(el('summary', null, t('cookies') + ' (' + cookies.length + ')'));
            det.appendChild(cookieTable(cookies, false));
            box.appendChild(det);
          }
          m.appendChild(box);
        }
        var foot = el('div', P + 'foot');
        foot.appendChild(button(t('rejectAll'), function () { decide(rejectAllCats(), 'click'); }));
        foot.appendChild(button(t('acceptAll'), function () { decide(acceptAllCats(), 'click'); }));
        foot.appendChild(button(t('save'), function () {
          var cats = {}, k;
          for (k = 0; k < switches.length; k++) cats[switches[k][0]] = !!switches[k][1].checked;
          decide(cats, 'click');
        }));
        m.appendChild(foot);
        overlay.appendChild(m);
        root.appendChild(overlay);
        view = 'settings';
        m.focus();
      });
    }

    function closeSettings(silent) {
      if (!overlay) return;
      remove(overlay); overlay = null;
      if (view === 'settings') view = null;
      if (silent === true) return;
      if (!decided()) { openBanner(); return; } // no valid choice yet: back to the banner
      showFab();
      restoreFocus();
    }
    function hideAll() {
      remove(overlay); overlay = null; remove(banner); banner = null; view = null;
      showFab();
      restoreFocus();
    }

    function onKey(ev) {
      if (ev.key === 'Escape' || ev.key === 'Esc') {
        if (view === 'settings') { ev.preventDefault(); closeSettings(); }
        else if (view === 'banner' && decided() && banner && banner.contains(d.activeElement)) { ev.preventDefault(); hideAll(); }
        return;
      }
      if (ev.key !== 'Tab' || view !== 'settings' || !overlay) return;
      var f = focusables(overlay), first = f[0], last = f[f.length - 1], a = d.activeElement;
      if (!first) return;
      if (ev.shiftKey && (a === first || !overlay.contains(a) || a === overlay.firstChild)) { ev.preventDefault(); last.focus(); }
      else if (!ev.shiftKey && (a === last || !overlay.contains(a))) { ev.preventDefault(); first.focus(); }
    }

    // ---------------------------------------------------------------- enforcement
    function activateScript(e) {
      if (e.__cst || String(e.getAttribute('type') || '').toLowerCase() !== 'text/plain') return;
      if (!e.hasAttribute('data-category') || !allowedAll(e.getAttribute('data-category')) || !e.parentNode) return;
      e.__cst = 1;
      var n = d.createElement('script'), a = e.attributes, ty = e.getAttribute('data-type'), i, src = e.getAttribute('src');
      for (i = 0; i < a.length; i++) if (!/^(type|data-type|nonce)$/.test(a[i].name)) n.setAttribute(a[i].name, a[i].value);
      if (ty) n.setAttribute('type', ty);
      if (e.nonce || NONCE) n.nonce = e.nonce || NONCE;
      if (src) { if (!e.hasAttribute('async')) n.async = false; } // keep document order
      else n.text = e.text || e.textContent || '';
      e.parentNode.replaceChild(n, e);
    }

    function handleFrame(f) {
      var cat = f.getAttribute('data-category'), src = f.getAttribute('data-src');
      if (!cat || !src || /^\s*(javascript|data|vbscript):/i.test(src)) return;
      if (allowedAll(cat)) {
        remove(f.__cstPh); f.__cstPh = null;
        if (f.__cstHid) { f.style.display = f.__cstDisp || ''; f.__cstHid = false; }
        if (f.getAttribute('src') !== src) f.setAttribute('src', src);
        f.__cstOn = true;
        return;
      }
      if (f.__cstOn) { f.setAttribute('src', 'about:blank'); f.__cstOn = false; } // withdrawn: unload it
      placeholder(f, cat, src);
    }
    function placeholder(f, cat, src) {
      if (!f.parentNode) return;
      style();
      var prov = f.getAttribute('data-provider'), cats = cat.split(/[\s,]+/).filter(Boolean), labels = [], i, wd, ht;
      if (!prov) { try { prov = new URL(src, loc.href).hostname; } catch (e) { prov = src; } }
      for (i = 0; i < cats.length; i++) labels.push(catLabel(cats[i]));
      var map = { provider: prov, category: labels.join(', ') };
      var ph = el('div', P + 'embed', null, { role: 'group', 'aria-label': prov, lang: lang });
      wd = f.getAttribute('width'); ht = f.getAttribute('height');
      if (/^\d+$/.test(wd || '')) ph.style.width = wd + 'px';
      if (/^\d+$/.test(ht || '')) ph.style.minHeight = ht + 'px';
      ph.appendChild(el('p', null, fill(t('embedNotice'), map)));
      ph.appendChild(button(fill(t('loadEmbed'), map), function () { grant(cats); }));
      remove(f.__cstPh);
      f.parentNode.insertBefore(ph, f);
      f.__cstPh = ph;
      if (!f.__cstHid) { f.__cstDisp = f.style.display; f.style.display = 'none'; f.__cstHid = true; }
    }

    function scan(node) {
      node = node || d;
      if (d.readyState === 'loading' || !node.getElementsByTagName) return; // inline code may be half-parsed: wait for DOMContentLoaded
      var s = [].slice.call(node.getElementsByTagName('script')), f = [].slice.call(node.getElementsByTagName('iframe')), i;
      if (node.tagName === 'SCRIPT') s.push(node);
      if (node.tagName === 'IFRAME') f.push(node);
      for (i = 0; i < s.length; i++) safe(activateScript)(s[i]);
      for (i = 0; i < f.length; i++) safe(handleFrame)(f[i]);
    }

    function renderDeclarations(node) {
      if (!cfg || !d.querySelectorAll) return;
      var list = (node && node.nodeType === 1 && node.hasAttribute('data-custodian-declaration')) ? [node] :
        (node || d).querySelectorAll('[data-custodian-declaration]'), i;
      if (list.length) style();
      for (i = 0; i < list.length; i++) { clear(list[i]); list[i].appendChild(cookieTable(cfg.cookies, true)); }
    }

    function clearCategory(id) {
      var pats = [], i, j, names, ex;
      for (i = 0; i < cfg.cookies.length; i++) if (cfg.cookies[i].category === id) pats.push(cfg.cookies[i].name);
      names = matchNames(pats, cookieNames());
      for (i = 0; i < names.length; i++) {
        ex = expiryStrings(names[i], loc.hostname, loc.pathname);
        for (j = 0; j < ex.length; j++) d.cookie = ex[j];
      }
    }

    // ---------------------------------------------------------------- hand-offs
    function gtagCall() {
      w.dataLayer = w.dataLayer || [];
      if (typeof w.gtag !== 'function') w.gtag = function () { w.dataLayer.push(arguments); };
      w.gtag.apply(w, arguments);
    }
    function gcmDefault() {
      if (gcmOn) return;
      gcmOn = true;
      gtagCall('consent', 'default', {
        ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', wait_for_update: 500
      });
    }
    function gcmUpdate() { if (gcmOn && state) gtagCall('consent', 'update', gcmState(lists().granted)); }

    function tellTracker() {
      if (!state || (!required('analytics') && typeof state.cats.analytics !== 'boolean')) return; // undecided: say nothing
      var a = { analytics: allowed('analytics') }, c = w.custodian;
      if (c && typeof c.consent === 'function') { c.consent(a, state.id); return; }
      if (!c || typeof c !== 'object') c = w.custodian = {};
      (c.q = c.q || []).push(['consent', a, state.id]);
    }

    function snapshot() {
      if (!state) return null;
      var l = lists();
      return {
        consentId: state.id, granted: l.granted, denied: l.denied, gpc: state.gpc,
        decidedAt: state.t, bannerVersion: state.v, statementVersion: state.s
      };
    }
    function notify(cause) {
      var s = snapshot(), i;
      s.cause = cause;
      emit('custodian:consent', { granted: s.granted, denied: s.denied, consentId: s.consentId, cause: cause, gpc: s.gpc });
      for (i = 0; i < subs.length; i++) safe(subs[i])(s);
    }

    // ---------------------------------------------------------------- decisions
    function decide(cats, cause) {
      if (!cfg) { waitConfig(function () { decide(cats, cause); }); return; }
      var prev = state, prevCats = prev ? prev.cats : {}, before = {}, i, id, auto = cause === 'gpc' || cause === 'dnt';
      for (i = 0; i < cfg.categories.length; i++) before[cfg.categories[i].id] = allowed(cfg.categories[i].id);
      var next = {
        id: prev ? prev.id : null, t: Date.now(), gpc: !!signal(), cats: {},
        // an automatic (signal) record answers no banner: keep the old versions so the banner still asks
        v: auto ? (prev ? prev.v : 0) : cfg.bannerVersion, s: auto ? (prev ? prev.s : 0) : cfg.statementVersion
      };
      for (i = 0; i < cfg.categories.length; i++) {
        id = cfg.categories[i].id;
        if (!cfg.categories[i].required && typeof cats[id] === 'boolean') next.cats[id] = cats[id];
      }
      if (cause === 'click') cause = causeFor(prevCats, next.cats);
      state = next;
      writeState();
      for (i = 0; i < cfg.categories.length; i++) {
        id = cfg.categories[i].id;
        if (!allowed(id) && (before[id] || next.cats[id] === false)) safe(clearCategory)(id);
      }
      scan();
      gcmUpdate();
      tellTracker();
      if (!auto || view) hideAll();
      notify(cause);
      record(next, cause, false);
    }
    function grant(ids) {
      if (!cfg) { waitConfig(function () { grant(ids); }); return; }
      var cats = {}, k, i;
      if (state) for (k in state.cats) if (own(state.cats, k)) cats[k] = state.cats[k];
      for (i = 0; i < ids.length; i++) cats[ids[i]] = true;
      decide(cats, 'click');
    }

    function record(st, cause, retry) {
      if (!w.fetch || !SITE) return;
      var l = lists(), body = {
        site: SITE, consentId: retry ? null : st.id, granted: l.granted, denied: l.denied, cause: cause,
        bannerVersion: cfg.bannerVersion, statementVersion: cfg.statementVersion, language: lang
      };
      w.fetch(BASE + '/api/v1/consent/records', {
        method: 'POST', credentials: 'omit', keepalive: true, headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(body)
      }).then(function (r) {
        if (r.status === 400 && body.consentId && !retry) { record(st, cause, true); return; }
        if (!r.ok) return;
        return r.json().then(safe(function (j) {
          var id = j && typeof j.consentId === 'string' && j.consentId.length <= 200 ? j.consentId : null;
          if (!id) return;
          st.id = id;
          if (state !== st && state && !state.id) state.id = id;
          if (state !== st && state && state.id !== id) return;
          writeState();
          tellTracker();
          emit('custodian:recorded', { consentId: id, recordedAt: str(j.recordedAt, 100), cause: cause });
        }));
      })['catch'](noop);
    }

    // ---------------------------------------------------------------- config
    function waitConfig(fn) { if (cfg) fn(); else if (!failed) waiters.push(fn); }
    function loadConfig(attempt) {
      if (!SITE || !w.fetch) { failed = true; return; }
      w.fetch(BASE + '/api/v1/consent/sites/' + encodeURIComponent(SITE) + '/config', { credentials: 'omit' })
        .then(function (r) { if (!r.ok) throw new Error('status ' + r.status); return r.json(); })
        .then(function (j) { var c = validConfig(j); if (!c) throw new Error('bad config'); onConfig(c); })['catch'](function () {
          if (cfg) return;
          if (!attempt) setTimeout(function () { loadConfig(1); }, 3000);
          else { failed = true; waiters = []; }
        });
    }
    var onConfig = safe(function (c) {
      cfg = c;
      chooseLang();
      if (cfg.googleConsentMode && !gcmOn) { gcmDefault(); gcmUpdate(); }
      var sig = signal(), merged = gpcMerge(state, sig, cfg.gpcCategories), i, q;
      if (merged) decide(merged, sig);
      else if (state) { scan(); gcmUpdate(); tellTracker(); } // the config may change what is required/blocked
      whenReady(function () {
        renderDeclarations();
        var f = [].slice.call(d.getElementsByTagName('iframe'));
        for (i = 0; i < f.length; i++) if (f[i].__cstPh) safe(handleFrame)(f[i]); // re-render in the chosen language
        q = waiters; waiters = [];
        for (i = 0; i < q.length; i++) safe(q[i])();
        if (!view) { if (needsAsk(state, cfg)) openBanner(); else showFab(); }
      });
    });

    // ---------------------------------------------------------------- API
    var api = {
      _loaded: true,
      show: safe(function () { openBanner(); }),
      showSettings: safe(function () { openSettings(false); }),
      get: safe(function () { return snapshot(); }),
      accept: safe(function (list) {
        waitConfig(function () {
          if (!Array.isArray(list)) { decide(acceptAllCats(), 'click'); return; }
          var cats = rejectAllCats(), i;
          for (i = 0; i < list.length; i++) if (own(cats, list[i])) cats[list[i]] = true;
          decide(cats, 'click');
        });
      }),
      reject: safe(function () { waitConfig(function () { decide(rejectAllCats(), 'click'); }); }),
      on: safe(function (fn) {
        if (typeof fn !== 'function') return noop;
        subs.push(fn);
        if (state) safe(fn)(snapshot());
        return function () { var i = subs.indexOf(fn); if (i >= 0) subs.splice(i, 1); };
      })
    };
    w.CustodianConsent = api;

    // ---------------------------------------------------------------- start
    if (attr('gcm') === 'true') { gcmDefault(); gcmUpdate(); } // synchronous: before any Google tag
    tellTracker();
    whenReady(function () {
      scan();
      d.addEventListener('keydown', safe(onKey));
      d.addEventListener('click', safe(function (ev) {
        var n = ev.target;
        while (n && n.nodeType === 1) {
          if (n.hasAttribute('data-custodian-settings')) { ev.preventDefault(); openSettings(false); return; }
          n = n.parentNode;
        }
      }));
      if (w.MutationObserver) {
        new w.MutationObserver(safe(function (muts) {
          var i, j, n;
          for (i = 0; i < muts.length; i++) {
            for (j = 0; j < muts[i].addedNodes.length; j++) {
              n = muts[i].addedNodes[j];
              if (n.nodeType !== 1 || (root && root.contains(n)) || (n.className === P + 'embed')) continue;
              scan(n);
              renderDeclarations(n);
            }
          }
        })).observe(d.documentElement, { childList: true, subtree: true });
      }
    });
    loadConfig(0);
  } catch (e) {}
})(window, document);
