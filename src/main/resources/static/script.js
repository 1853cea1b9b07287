/*! Custodian script.js - Umami-compatible, cookie-less, sends to /api/send. See docs/tracker.md */
(function (w, d) {
  'use strict';
  try {
    var loc = w.location, nav = w.navigator || {}, script = d.currentScript;
    if (!script || w.umami && w.umami.custodian) return;
    var attr = function (n) { return script.getAttribute('data-' + n); };
    var WEBSITE = attr('website-id'), TAG = attr('tag');
    var HOST = (attr('host-url') || new URL(script.src, loc.href).origin).replace(/\/$/, '');
    var AUTO = attr('auto-track') !== 'false', NO_SEARCH = attr('exclude-search') === 'true';
    var NO_HASH = attr('exclude-hash') === 'true', DNT = attr('do-not-track') === 'true';
    var DOMAINS = (attr('domains') || '').split(',').map(function (s) { return s.trim(); }).filter(Boolean);
    var BEFORE = attr('before-send');
    var disabled = false, url, referrer, title = d.title, distinctId = '';

    function href(u) {
      var a = new URL(u, loc.href);
      if (NO_SEARCH) a.search = '';
      if (NO_HASH) a.hash = '';
      return a.href;
    }
    url = href(loc.href);
    referrer = d.referrer && d.referrer.indexOf(loc.origin) !== 0 ? d.referrer : '';

    function ignored() {
      if (disabled || !WEBSITE) return true;
      try { if (w.localStorage.getItem('umami.disabled') || w.localStorage.getItem('custodian_ignore') === '1') return true; } catch (e) {}
      if (DOMAINS.length && DOMAINS.indexOf(loc.hostname) < 0) return true;
      var dnt = w.doNotTrack || nav.doNotTrack || nav.msDoNotTrack;
      return DNT && (dnt === 1 || dnt === '1' || dnt === 'yes');
    }
    // identity (umami.identify) only with analytics consent from Custodian's consent manager
    function consented() {
      try { return JSON.parse(decodeURIComponent(/(?:^|; )custodian_consent=([^;]*)/.exec(d.cookie)[1])).analytics === true; } catch (e) { return false; }
    }

    function payload() {
      var p = {
        website: WEBSITE, screen: w.screen ? w.screen.width + 'x' + w.screen.height : '', language: nav.language,
        title: encodeURIComponent(title || ''), hostname: loc.hostname, url: url, referrer: referrer
      };
      if (TAG) p.tag = TAG;
      if (distinctId) p.id = distinctId;
      return p;
    }
    function send(body, type) {
      if (ignored()) return Promise.resolve();
      var hook = BEFORE && w[BEFORE];
      if (typeof hook === 'function') { body = hook(type || 'event', body); if (!body) return Promise.resolve(); }
      return w.fetch(HOST + '/api/send', {
        method: 'POST', keepalive: true, credentials: 'omit',
        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: type || 'event', payload: body })
      }).then(function (r) { return r.json(); }).then(function (j) { if (j && j.disabled) disabled = true; }, function () {});
    }

    // umami.track(), track(name), track(name, data), track({…}), track(fn)
    function track(name, data) {
      if (typeof name === 'string') {
        var p = payload();
        p.name = name.slice(0, 50);
        if (data && typeof data === 'object') p.data = data;
        return send(p);
      }
      if (typeof name === 'object' && name) return send(name);
      if (typeof name === 'function') return send(name(payload()));
      return send(payload());
    }
    // umami.identify(id), identify(id, data), identify(data)
    function identify(id, data) {
      if (!consented()) return Promise.resolve();
      if (typeof id === 'string') distinctId = id;
      var p = payload();
      p.data = typeof id === 'object' ? id : data;
      return send(p, 'identify');
    }

    function navigated(u) {
      if (!u) return;
      var next = href(String(u));
      if (next === url) return;
      referrer = url; url = next;
      // let the app set the new title first
      setTimeout(function () { title = d.title; if (AUTO) track(); }, 300);
    }
    function hook(name) {
      var orig = w.history[name];
      w.history[name] = function (state, t, u) { var r = orig.apply(this, arguments); try { navigated(u); } catch (e) {} return r; };
    }

    function onClick(e) {
      var el = e.target && e.target.closest ? e.target.closest('[data-umami-event]') : null;
      if (!el) return;
      var data = {}, a = el.attributes;
      for (var i = 0; i < a.length; i++) {
        var m = /^data-umami-event-([\w-]+)$/.exec(a[i].name);
        if (m) data[m[1]] = a[i].value;
      }
      track(el.getAttribute('data-umami-event'), data);
    }

    w.umami = { track: track, identify: identify, custodian: true };
    if (AUTO) {
      hook('pushState'); hook('replaceState');
      d.addEventListener('click', onClick, true);
      var start = function () { if (d.readyState === 'complete' || d.readyState === 'interactive') { title = d.title; track(); return true; } };
      if (!start()) d.addEventListener('readystatechange', function go() { if (start()) d.removeEventListener('readystatechange', go); });
    }
  } catch (e) {}
})(window, document);
