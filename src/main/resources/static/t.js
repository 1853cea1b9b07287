/*! Custodian t.js */
// First-party, consent-aware analytics: docs/tracker.md. ES2019, written for the minifier (served 2,953 bytes
// gzipped, budget 3,000): state in local variables, whose names it can shorten, not in properties, which it cannot.
((w, d) => {
  try {
    const prior = w.custodian;
    // loaded twice: the first copy wins
    if (prior && prior._loaded) return;

    const nav = w.navigator;
    const loc = w.location;
    // the versioned URL is /t-<hash>.js
    const script = d.currentScript || d.querySelector('script[data-site][src*="/t."],script[data-site][src*="/t-"]');
    const attr = (n) => ((script && script.getAttribute('data-' + n)) || '').trim();

    // -- config from the script tag
    const SITE = attr('site');
    const MODE_NONE = attr('mode') === 'none'; // else cookieless
    const HASH = attr('hash') === 'true';
    const AUTO = attr('auto') !== 'false';
    let ENDPOINT = attr('endpoint');
    if (!ENDPOINT) {
      try { ENDPOINT = new URL(script.src, loc.href).origin + '/api/v1/collect'; } catch { ENDPOINT = '/api/v1/collect'; }
    }
    const DOWNLOADS = (attr('downloads') ||
      '7z,aac,apk,avi,bz2,csv,dmg,doc,docx,epub,exe,flac,gz,iso,m4a,m4v,mkv,mov,mp3,mp4,mpeg,mpg,msi,odp,ods,odt,' +
      'ogg,pdf,pkg,ppt,pptx,rar,rtf,tar,tgz,txt,wav,webm,wma,wmv,xls,xlsx,xz,zip')
      .toLowerCase().split(/[\s,|]+/);

    const VID = '_cst_vid', SID = '_cst_sid', CONSENT_COOKIE = 'custodian_consent', IGNORE = 'custodian_ignore';
    const VID_AGE = 396 * 86400; // 13 months, in seconds
    const SID_AGE = 30 * 60; // 30 minutes, sliding
    const HEX16 = /^[0-9a-f]{16}$/;
    const MAX_BATCH = 100, FLUSH_AT = 10, FLUSH_MS = 1000, HINTS_WAIT_MS = 300;

    const now = () => Date.now();
    // every browser this script runs in has crypto.getRandomValues, on http: pages too
    const hex16 = () => Array.from(w.crypto.getRandomValues(new Uint8Array(8)), (b) => (b + 256).toString(16).slice(1)).join('');
    const clean = (href) => (HASH ? href : href.split('#')[0]);
    const safe = (fn) => (...args) => { try { return fn(...args); } catch {} };
    const on = (target, type, fn, capture) => target.addEventListener(type, safe(fn), capture);

    // -- cookies: only written with analytics consent
    const readCookie = (name) => {
      const m = d.cookie.match(new RegExp('(?:^|;\\s*)' + name + '=([^;]*)'));
      return m ? m[1] : null;
    };
    const writeCookie = (name, value, maxAge) => {
      d.cookie = name + '=' + value + '; Max-Age=' + maxAge + '; Path=/; SameSite=Lax' +
        (loc.protocol === 'https:' ? '; Secure' : '');
    };
    // every domain variant x every path prefix
    const expireCookie = (name) => {
      const labels = loc.hostname.split('.'), domains = [''], paths = ['/'];
      let p = '';
      for (let i = 0; i < labels.length - 1; i++) {
        const domain = labels.slice(i).join('.');
        domains.push('; Domain=.' + domain); // a leading dot is ignored (RFC 6265): the same as without
      }
      loc.pathname.split('/').forEach((seg) => { if (seg) { p += '/' + seg; paths.push(p, p + '/'); } });
      domains.forEach((domain) => paths.forEach((path) => {
        d.cookie = name + '=; Max-Age=0; Path=' + path + domain;
      }));
    };
    const ignored = () => { try { return w.localStorage.getItem(IGNORE) === '1'; } catch {} };

    // -- consent: analytics true | false | null (undecided); after custodian.consent() the cookie is no longer read
    let granted = null, consentId = null, explicit = false;

    // consent manager cookie: URL-encoded JSON; only id + analytics are read
    const refreshConsent = () => {
      if (explicit) return;
      let c = null;
      try { c = JSON.parse(decodeURIComponent(readCookie(CONSENT_COOKIE))); } catch {}
      c = c || {};
      const was = granted;
      granted = typeof c.analytics === 'boolean' ? c.analytics : null;
      consentId = typeof c.id === 'string' && c.id.length <= 200 ? c.id : null;
      if (was && !granted) forget();
    };
    const hasConsent = () => { refreshConsent(); return granted === true; };
    const forget = () => { expireCookie(VID); expireCookie(SID); };

    const identity = () => {
      let vid = readCookie(VID), sid = readCookie(SID);
      if (!HEX16.test(vid)) vid = hex16();
      if (!HEX16.test(sid)) sid = hex16();
      writeCookie(VID, vid, VID_AGE);
      writeCookie(SID, sid, SID_AGE); // sliding expiry
      return [vid, sid];
    };

    // -- UA client hints, once per page load
    // a flush that came before the hints runs when they arrive (or after HINTS_WAIT_MS)
    let hints = null, hintsReady = true, flushWaits = false;
    const hintsDone = () => {
      if (!hintsReady) { hintsReady = true; if (flushWaits) flush(); }
    };
    const brandList = (list) => Array.from(list || [], ({ brand, version }) => ({ brand, version }));
    try {
      const uad = nav.userAgentData;
      if (uad) {
        hints = { platform: uad.platform || '', mobile: !!uad.mobile, brands: brandList(uad.brands) };
        if (typeof uad.getHighEntropyValues === 'function') {
          hintsReady = false;
          setTimeout(hintsDone, HINTS_WAIT_MS);
          uad.getHighEntropyValues(['platformVersion', 'fullVersionList', 'model']).then((v) => {
            Object.assign(hints, { platformVersion: v.platformVersion || '', fullVersionList: brandList(v.fullVersionList), model: v.model || '' });
            hintsDone();
          }, hintsDone);
        }
      }
    } catch { hintsReady = true; }

    // -- transport
    let queue = [];
    let held = []; // mode none + undecided: memory only, sent only if consent arrives
    let timer = null;

    const send = (body) => {
      try { if (nav.sendBeacon(ENDPOINT, new Blob([body], { type: 'text/plain' }))) return; } catch {}
      try {
        w.fetch(ENDPOINT, {
          method: 'POST', keepalive: true, credentials: 'omit', headers: { 'Content-Type': 'text/plain' }, body
        }).catch(() => {});
      } catch {}
    };

    // consent is checked at send time
    const flush = (unloading) => {
      try {
        clearTimeout(timer);
        timer = null;
        if (!queue.length && !(held.length && granted !== null)) return;
        if (!unloading && !hintsReady) { flushWaits = true; return; }
        if (ignored()) { queue = []; held = []; return; }
        const ok = hasConsent(), pending = held.concat(queue), out = [], id = ok && identity();
        held = []; queue = [];
        pending.forEach((h) => {
          if (ok) {
            h.visitor = id[0]; h.session = id[1];
            if (consentId) h.consent = consentId;
          } else if (MODE_NONE) {
            if (granted === null && !unloading && held.length < MAX_BATCH) held.push(h);
            return;
          }
          if (hints) h.hints = hints;
          out.push(h);
        });
        for (let i = 0; i < out.length; i += MAX_BATCH) {
          const batch = out.slice(i, i + MAX_BATCH);
          send(JSON.stringify(batch.length === 1 ? batch[0] : { hits: batch }));
        }
      } catch {}
    };

    // -- the current page: every hit carries its id, URL, title and referrer
    let pageId = hex16(), pageUrl = clean(loc.href), pageTitle = d.title || '', pageReferrer = d.referrer || '';
    let viewed = false;

    const emit = (type, extra) => {
      if (!SITE || ignored()) return;
      queue.push(Object.assign({
        site: SITE, type, url: pageUrl, title: pageTitle, referrer: pageReferrer,
        screen: w.screen ? w.screen.width + 'x' + w.screen.height : '',
        language: nav.language || '', pageview: pageId, ts: now()
      }, extra));
      if (queue.length >= FLUSH_AT) flush();
      else if (!timer) timer = setTimeout(flush, FLUSH_MS);
    };

    // -- engaged time, cumulative per pageview
    let engaged = 0, visibleSince = 0, engagedSent = 0;
    const isVisible = () => d.visibilityState === 'visible';
    const pause = () => { if (visibleSince) { engaged += now() - visibleSince; visibleSince = 0; } };
    const resume = () => { if (!visibleSince && isVisible()) visibleSince = now(); };
    // pauses the clock, then sends the time if it grew
    const sendEngagement = () => {
      pause();
      if (viewed && engaged > engagedSent) emit('engagement', { engagedMs: engagedSent = engaged });
    };

    const pageview = (url) => {
      if (!SITE || ignored()) return;
      const target = clean(url ? new URL(String(url), loc.href).href : loc.href);
      if (viewed && target === pageUrl) return; // no back-to-back duplicate
      if (viewed) {
        sendEngagement();
        pageId = hex16(); pageReferrer = pageUrl;
      }
      pageUrl = target; pageTitle = d.title || ''; viewed = true;
      engaged = engagedSent = visibleSince = 0;
      resume();
      emit('pageview');
    };

    const onHidden = () => { sendEngagement(); flush(true); };

    // -- SPA navigation
    let spaTimer = null;
    // 100 ms: let the app set document.title; coalesce bursts
    const onRouteChange = () => {
      clearTimeout(spaTimer);
      spaTimer = setTimeout(safe(pageview), 100);
    };
    const patchHistory = () => {
      const h = w.history;
      if (!h || h.__custodian) return;
      h.__custodian = true;
      ['pushState', 'replaceState'].forEach((m) => {
        const orig = h[m];
        if (typeof orig !== 'function') return;
        h[m] = function () {
          const before = clean(loc.href);
          const r = orig.apply(this, arguments);
          try { if (m === 'pushState' || clean(loc.href) !== before) onRouteChange(); } catch {}
          return r;
        };
      });
      on(w, 'popstate', onRouteChange);
      if (HASH) on(w, 'hashchange', onRouteChange);
    };

    // -- outbound links & downloads
    const onClick = (ev) => {
      if (ev.type === 'auxclick' && ev.button !== 1) return;
      let el = ev.target;
      while (el && !(/^a$/i.test(el.tagName) && el.href)) el = el.parentNode;
      if (!el) return;
      const u = new URL(el.href, loc.href);
      if (!/^https?:$/.test(u.protocol)) return;
      const file = u.pathname.split('/').pop(), dot = file.lastIndexOf('.');
      const ext = dot > 0 ? file.slice(dot + 1).toLowerCase() : '';
      const download = (ext && DOWNLOADS.includes(ext)) || el.hasAttribute('download');
      if (download || u.host !== loc.host) {
        emit('action', { action: download
          ? { name: 'File Download', kind: 'download', target: u.href }
          : { name: 'Outbound Link', kind: 'outbound', target: u.href } });
      }
    };

    // flat props: the first 30 string, finite number or boolean values; keys cut to 100, strings to 500
    const cleanProps = (props) => Object.fromEntries(props && typeof props === 'object' ? Object.entries(props)
      .filter(([, v]) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && isFinite(v)))
      .slice(0, 30)
      .map(([k, v]) => [k.slice(0, 100), typeof v === 'string' ? v.slice(0, 500) : v]) : []);

    // -- public API
    const api = {
      _loaded: true,
      track: safe((name, props) => {
        if (typeof name !== 'string' || !(name = name.trim())) return;
        emit('action', { action: { name: name.slice(0, 120), kind: 'custom', props: cleanProps(props) } });
      }),
      pageview: safe(pageview),
      consent: safe((state, id) => {
        const a = state && state.analytics;
        explicit = true;
        if (typeof a === 'boolean') granted = a;
        if (typeof id === 'string') consentId = id;
        if (granted === false) { forget(); held = []; }
        if (granted && held.length) flush();
      }),
      optOut: safe(() => { w.localStorage.setItem(IGNORE, '1'); queue = []; held = []; }),
      optIn: safe(() => { w.localStorage.removeItem(IGNORE); })
    };
    const stubQueue = prior && prior.q ? Array.from(prior.q) : [];
    w.custodian = api;

    // calls made before the script loaded: [method, ...args]
    const replay = (only) => stubQueue.forEach((c, i) => {
      if (c && (!only || only.test(c[0])) && typeof api[c[0]] === 'function') {
        stubQueue[i] = null;
        api[c[0]](...[].slice.call(c, 1));
      }
    });

    let started = false;
    const start = safe(() => {
      if (started) return;
      started = true;
      replay(/^(consent|optOut|optIn)$/);
      on(d, 'visibilitychange', () => { if (isVisible()) resume(); else onHidden(); });
      on(w, 'pagehide', onHidden);
      on(w, 'pageshow', (e) => { if (e && e.persisted) resume(); });
      on(d, 'click', onClick, true);
      on(d, 'auxclick', onClick, true);
      if (AUTO) { patchHistory(); pageview(); }
      replay();
    });

    if (d.prerendering) d.addEventListener('prerenderingchange', start);
    else start();
  } catch {}
})(window, document);
