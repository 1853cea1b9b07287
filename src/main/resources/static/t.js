/*! Custodian t.js - first-party, consent-aware analytics. See docs/tracker.md */
(function (w, d) {
  'use strict';
  try {
    var prior = w.custodian;
    // loaded twice: the first copy wins
    if (prior && prior._loaded) return;

    var nav = w.navigator || {};
    var loc = w.location;
    var script = d.currentScript ||
      d.querySelector('script[data-site][src*="t.js"]') || { getAttribute: function () { return null; } };
    var attr = function (n) { var v = script.getAttribute('data-' + n); return v == null ? '' : String(v).trim(); };

    // -- config from the script tag
    var SITE = attr('site');
    var MODE = attr('mode') === 'none' ? 'none' : 'cookieless';
    var HASH = attr('hash') === 'true';
    var AUTO = attr('auto') !== 'false';
    var ENDPOINT = attr('endpoint');
    if (!ENDPOINT) {
      try { ENDPOINT = new URL(script.src, loc.href).origin + '/api/v1/collect'; } catch (e) { ENDPOINT = '/api/v1/collect'; }
    }
    var DOWNLOADS = (attr('downloads') ||
      '7z,aac,apk,avi,bz2,csv,dmg,doc,docx,epub,exe,flac,gz,iso,m4a,m4v,mkv,mov,mp3,mp4,mpeg,mpg,msi,odp,ods,odt,' +
      'ogg,pdf,pkg,ppt,pptx,rar,rtf,tar,tgz,txt,wav,webm,wma,wmv,xls,xlsx,xz,zip')
      .toLowerCase().split(/[\s,|]+/).filter(Boolean);

    var VID = '_cst_vid', SID = '_cst_sid', CONSENT_COOKIE = 'custodian_consent', IGNORE = 'custodian_ignore';
    var VID_AGE = 396 * 86400;   // 13 months, in seconds
    var SID_AGE = 30 * 60;       // 30 minutes, sliding
    var HEX16 = /^[0-9a-f]{16}$/;
    var MAX_BATCH = 100, FLUSH_AT = 10, FLUSH_MS = 1000, HINTS_WAIT_MS = 300;

    function hex16() {
      var s = '', a, i;
      try {
        a = new Uint8Array(8); w.crypto.getRandomValues(a);
        for (i = 0; i < 8; i++) s += (a[i] < 16 ? '0' : '') + a[i].toString(16);
        return s;
      } catch (e) {
        for (i = 0; i < 16; i++) s += Math.floor(Math.random() * 16).toString(16);
        return s;
      }
    }
    function now() { return Date.now(); }
    function pageUrl(href) {
      href = href || loc.href;
      if (HASH) return href;
      var i = href.indexOf('#');
      return i < 0 ? href : href.slice(0, i);
    }
    function safe(fn) {
      return function () { try { return fn.apply(this, arguments); } catch (e) {} };
    }

    // -- cookies: only written with analytics consent
    function readCookie(name) {
      var parts = (d.cookie || '').split(/;\s*/), i, p;
      for (i = 0; i < parts.length; i++) {
        p = parts[i];
        if (p.slice(0, name.length + 1) === name + '=') return p.slice(name.length + 1);
      }
      return null;
    }
    function writeCookie(name, value, maxAge) {
      d.cookie = name + '=' + value + '; Max-Age=' + maxAge + '; Path=/; SameSite=Lax' +
        (loc.protocol === 'https:' ? '; Secure' : '');
    }
    function expireCookie(name) {
      // every domain variant x every path prefix
      var host = loc.hostname || '', labels = host.split('.'), domains = [''], paths = ['/'], i, j, p = '';
      for (i = 0; i < labels.length - 1; i++) {
        domains.push('; Domain=' + labels.slice(i).join('.'));
        domains.push('; Domain=.' + labels.slice(i).join('.'));
      }
      var segs = (loc.pathname || '/').split('/');
      for (i = 1; i < segs.length; i++) { if (segs[i]) { p += '/' + segs[i]; paths.push(p, p + '/'); } }
      for (i = 0; i < domains.length; i++) {
        for (j = 0; j < paths.length; j++) {
          d.cookie = name + '=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=' + paths[j] + domains[i];
        }
      }
    }
    function ignored() {
      try { return w.localStorage.getItem(IGNORE) === '1'; } catch (e) { return false; }
    }

    // -- consent: analytics true | false | null (undecided)
    var consent = { analytics: null, id: null, explicit: false };

    // consent manager cookie: URL-encoded JSON; only id + analytics are read
    function parseConsentCookie(raw) {
      if (!raw) return null;
      try {
        var v = JSON.parse(decodeURIComponent(raw));
        if (!v || typeof v !== 'object') return null;
        return {
          analytics: v.analytics === true ? true : (v.analytics === false ? false : null),
          id: typeof v.id === 'string' && v.id.length <= 200 ? v.id : null
        };
      } catch (e) { return null; }
    }
    function refreshConsent() {
      if (consent.explicit) return;
      var c = parseConsentCookie(readCookie(CONSENT_COOKIE));
      var was = consent.analytics;
      consent.analytics = c ? c.analytics : null;
      consent.id = c ? c.id : null;
      if (was === true && consent.analytics !== true) forget();
    }
    function hasConsent() { refreshConsent(); return consent.analytics === true; }
    function forget() { expireCookie(VID); expireCookie(SID); }

    function identity() {
      var vid = readCookie(VID), sid = readCookie(SID);
      if (!vid || !HEX16.test(vid)) vid = hex16();
      if (!sid || !HEX16.test(sid)) sid = hex16();
      writeCookie(VID, vid, VID_AGE);
      writeCookie(SID, sid, SID_AGE); // sliding expiry
      return { visitor: vid, session: sid };
    }

    // -- UA client hints, once per page load
    var hints = null, hintsReady = true, hintsWaiters = [];
    function hintsDone() {
      if (hintsReady) return;
      hintsReady = true;
      var f = hintsWaiters; hintsWaiters = [];
      for (var i = 0; i < f.length; i++) f[i]();
    }
    function brandList(list) {
      var out = [], i;
      if (list && list.length) for (i = 0; i < list.length; i++) out.push({ brand: String(list[i].brand), version: String(list[i].version) });
      return out;
    }
    try {
      var uad = nav.userAgentData;
      if (uad) {
        hints = { platform: uad.platform || '', mobile: !!uad.mobile, brands: brandList(uad.brands) };
        if (typeof uad.getHighEntropyValues === 'function') {
          hintsReady = false;
          setTimeout(hintsDone, HINTS_WAIT_MS);
          uad.getHighEntropyValues(['platformVersion', 'fullVersionList', 'model']).then(function (v) {
            hints.platformVersion = v.platformVersion || '';
            hints.fullVersionList = brandList(v.fullVersionList);
            hints.model = v.model || '';
            hintsDone();
          }, hintsDone);
        }
      }
    } catch (e) { hintsReady = true; }

    // -- transport
    var queue = [];
    var held = []; // mode none + undecided: memory only, sent only if consent arrives
    var timer = null;

    function send(body) {
      try {
        if (nav.sendBeacon && nav.sendBeacon(ENDPOINT, new Blob([body], { type: 'text/plain' }))) return;
      } catch (e) {}
      try {
        if (w.fetch) {
          w.fetch(ENDPOINT, {
            method: 'POST', keepalive: true, credentials: 'omit',
            headers: { 'Content-Type': 'text/plain' }, body: body
          })['catch'](function () {});
        }
      } catch (e) {}
    }

    // consent is checked at send time
    function flush(unloading) {
      try {
        if (timer) { clearTimeout(timer); timer = null; }
        if (!queue.length && !(held.length && consent.analytics !== null)) return;
        if (!unloading && !hintsReady) { hintsWaiters.push(function () { flush(false); }); return; }
        if (ignored()) { queue = []; held = []; return; }
        var ok = hasConsent(), pending = held.concat(queue), out = [], id = null, i, h;
        held = []; queue = [];
        if (ok) id = identity();
        for (i = 0; i < pending.length; i++) {
          h = pending[i];
          if (ok) {
            h.visitor = id.visitor; h.session = id.session;
            if (consent.id) h.consent = consent.id;
          } else if (MODE === 'none') {
            if (consent.analytics === null && !unloading && held.length < MAX_BATCH) held.push(h);
            continue;
          }
          if (hints) h.hints = hints;
          out.push(h);
        }
        for (i = 0; i < out.length; i += MAX_BATCH) {
          var batch = out.slice(i, i + MAX_BATCH);
          send(JSON.stringify(batch.length === 1 ? batch[0] : { hits: batch }));
        }
      } catch (e) {}
    }

    function emit(type, extra) {
      if (!SITE || ignored()) return;
      var hit = {
        site: SITE, type: type, url: page.url, title: page.title, referrer: page.referrer,
        screen: (w.screen ? w.screen.width + 'x' + w.screen.height : ''),
        language: nav.language || '', pageview: page.id, ts: now()
      };
      for (var k in extra) if (Object.prototype.hasOwnProperty.call(extra, k)) hit[k] = extra[k];
      queue.push(hit);
      if (queue.length >= FLUSH_AT) flush(false);
      else if (!timer) timer = setTimeout(function () { timer = null; flush(false); }, FLUSH_MS);
    }

    // -- pages & engaged time
    var page = { id: hex16(), url: pageUrl(), title: d.title || '', referrer: d.referrer || '', viewed: false };
    var engaged = 0, visibleSince = 0, engagedSent = 0;

    function isVisible() { return d.visibilityState === 'visible'; }
    function pause() { if (visibleSince) { engaged += now() - visibleSince; visibleSince = 0; } }
    function resume() { if (!visibleSince && isVisible()) visibleSince = now(); }
    function engagedMs() { return engaged + (visibleSince ? now() - visibleSince : 0); }

    // engagedMs is cumulative per pageview
    function sendEngagement() {
      if (!page.viewed) return;
      var ms = Math.round(engagedMs());
      if (ms <= engagedSent) return;
      engagedSent = ms;
      emit('engagement', { engagedMs: ms });
    }

    function pageview(url) {
      if (!SITE || ignored()) return;
      var target = url ? pageUrl(new URL(String(url), loc.href).href) : pageUrl();
      if (page.viewed && target === page.url) return; // no back-to-back duplicate
      if (page.viewed) {
        pause(); sendEngagement();
        page = { id: hex16(), url: target, title: d.title || '', referrer: page.url, viewed: true };
      } else {
        page.url = target; page.title = d.title || ''; page.viewed = true;
      }
      engaged = 0; engagedSent = 0; visibleSince = 0; resume();
      emit('pageview', {});
    }

    function onHidden() { pause(); sendEngagement(); flush(true); }

    // -- SPA navigation
    var spaTimer = null;
    function onRouteChange() {
      // 100 ms: let the app set document.title; coalesce bursts
      if (spaTimer) clearTimeout(spaTimer);
      spaTimer = setTimeout(safe(function () { spaTimer = null; pageview(); }), 100);
    }
    function patchHistory() {
      var h = w.history;
      if (!h || h.__custodian) return;
      h.__custodian = true;
      ['pushState', 'replaceState'].forEach(function (m) {
        var orig = h[m];
        if (typeof orig !== 'function') return;
        h[m] = function () {
          var before = pageUrl();
          var r = orig.apply(this, arguments);
          try { if (m === 'pushState' || pageUrl() !== before) onRouteChange(); } catch (e) {}
          return r;
        };
      });
      w.addEventListener('popstate', safe(onRouteChange));
      if (HASH) w.addEventListener('hashchange', safe(onRouteChange));
    }

    // -- outbound links & downloads
    function onClick(ev) {
      if (ev.type === 'auxclick' && ev.button !== 1) return;
      var el = ev.target;
      while (el && !(el.tagName && String(el.tagName).toLowerCase() === 'a' && el.href)) el = el.parentNode;
      if (!el) return;
      var u = new URL(el.href, loc.href);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return;
      var file = u.pathname.split('/').pop() || '', dot = file.lastIndexOf('.');
      var ext = dot > 0 ? file.slice(dot + 1).toLowerCase() : '';
      if ((ext && DOWNLOADS.indexOf(ext) >= 0) || (el.hasAttribute && el.hasAttribute('download'))) {
        emit('action', { action: { name: 'File Download', kind: 'download', target: u.href } });
      } else if (u.host !== loc.host) {
        emit('action', { action: { name: 'Outbound Link', kind: 'outbound', target: u.href } });
      }
    }

    function cleanProps(props) {
      var out = {}, n = 0, k, v;
      if (!props || typeof props !== 'object') return out;
      for (k in props) {
        if (!Object.prototype.hasOwnProperty.call(props, k)) continue;
        v = props[k];
        if (typeof v === 'number' && !isFinite(v)) continue;
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
        if (n++ >= 30) break;
        out[String(k).slice(0, 100)] = typeof v === 'string' ? v.slice(0, 500) : v;
      }
      return out;
    }

    // -- public API
    var api = {
      _loaded: true,
      track: safe(function (name, props) {
        if (typeof name !== 'string' || !(name = name.trim())) return;
        emit('action', { action: { name: name.slice(0, 120), kind: 'custom', props: cleanProps(props) } });
      }),
      pageview: safe(function (url) { pageview(url); }),
      consent: safe(function (state, consentId) {
        var a = state && state.analytics;
        consent.explicit = true;
        if (a === true || a === false) consent.analytics = a;
        if (typeof consentId === 'string') consent.id = consentId;
        if (consent.analytics === false) { forget(); held = []; }
        if (consent.analytics === true && held.length) flush(false);
      }),
      optOut: safe(function () { w.localStorage.setItem(IGNORE, '1'); queue = []; held = []; }),
      optIn: safe(function () { w.localStorage.removeItem(IGNORE); })
    };
    var stubQueue = (prior && prior.q && prior.q.length) ? prior.q.slice() : [];
    w.custodian = api;

    function replay(filter) {
      for (var i = 0; i < stubQueue.length; i++) {
        var c = stubQueue[i];
        if (!c || filter(c[0]) === false || typeof api[c[0]] !== 'function' || c[0] === '_loaded') continue;
        stubQueue[i] = null;
        api[c[0]].apply(api, Array.prototype.slice.call(c, 1));
      }
    }

    var started = false;
    var start = safe(function () {
      if (started) return;
      started = true;
      replay(function (m) { return m === 'consent' || m === 'optOut' || m === 'optIn'; });
      d.addEventListener('visibilitychange', safe(function () {
        if (isVisible()) resume(); else onHidden();
      }));
      w.addEventListener('pagehide', safe(onHidden));
      w.addEventListener('pageshow', safe(function (e) { if (e && e.persisted) resume(); }));
      d.addEventListener('click', safe(onClick), true);
      d.addEventListener('auxclick', safe(onClick), true);
      if (AUTO) { patchHistory(); pageview(); }
      replay(function () { return true; });
    });

    if (d.prerendering) d.addEventListener('prerenderingchange', start);
    else start();
  } catch (e) {}
})(window, document);
