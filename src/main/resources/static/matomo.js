/*! Custodian matomo.js - speaks Matomo's _paq queue, sends to /matomo.php, consent-aware. See docs/tracker.md */
(function (w, d) {
  'use strict';
  try {
    if (w.Matomo && w.Matomo.custodian) return;
    var nav = w.navigator || {}, loc = w.location;
    var script = d.currentScript || {};
    var VID = '_cst_vid', SID = '_cst_sid', CONSENT = 'mtm_consent', COOKIE_CONSENT = 'mtm_cookie_consent';
    var DOWNLOADS = ('7z aac apk arc arj asc asf asx avi azw3 bin bz bz2 csv deb dmg doc docx epub exe flv gif gz gzip ' +
      'hqx ibooks jar jpeg jpg js mobi mov movie mp2 mp3 mp4 mpeg mpg msi msp odb odf odg ods odt ogg ogv pdf phps png ' +
      'ppt pptx qt qtm ra ram rar rpm rtf sea sit tar tbz tbz2 tgz torrent txt wav wma wmv wpd xls xlsx xml z zip').split(' ');

    var cfg = {
      url: '', site: '', customUrl: '', title: null, referrer: d.referrer || '', userId: '', dims: {},
      consentRequired: false, consentGiven: false, cookieConsentRequired: false, cookieConsentGiven: false,
      cookies: true, dnt: false, heartbeat: 0, linkTracking: false, domains: [loc.hostname]
    };
    try { cfg.url = String(script.src || '').replace(/(matomo|piwik)\.js(\?.*)?$/, 'matomo.php'); } catch (e) {}
    var pvId = '', held = [], lastSent = 0, pageStart = Date.now(), beatTimer = null, custodianConsent = null;

    function rand(n, chars) {
      var s = '', a = new Uint8Array(n), i;
      try { w.crypto.getRandomValues(a); } catch (e) { for (i = 0; i < n; i++) a[i] = Math.random() * 256; }
      for (i = 0; i < n; i++) s += chars.charAt(a[i] % chars.length);
      return s;
    }
    function readCookie(name) {
      var m = ('; ' + (d.cookie || '')).split('; ' + name + '=');
      return m.length > 1 ? m[1].split(';')[0] : null;
    }
    function writeCookie(name, value, maxAge) {
      d.cookie = name + '=' + value + '; Max-Age=' + maxAge + '; Path=/; SameSite=Lax' +
        (loc.protocol === 'https:' ? '; Secure' : '');
    }
    function expire(name) {
      var labels = (loc.hostname || '').split('.'), i;
      d.cookie = name + '=; Max-Age=0; Path=/';
      for (i = 0; i < labels.length - 1; i++) d.cookie = name + '=; Max-Age=0; Path=/; Domain=' + labels.slice(i).join('.');
    }
    function forgetIdentity() { expire(VID); expire(SID); }
    function remember(name, hours) { writeCookie(name, Date.now(), (hours || 262800) * 3600); }

    // Custodian's consent manager: its cookie, or its decision event, decides about identity
    function custodianDecision() {
      var c = null;
      try { c = JSON.parse(decodeURIComponent(readCookie('custodian_consent') || '')); } catch (e) {}
      c = c && typeof c === 'object' ? c : {};
      return {
        analytics: custodianConsent !== null ? custodianConsent : c.analytics === true,
        id: typeof c.id === 'string' && c.id.length <= 200 ? c.id : ''
      };
    }
    w.addEventListener('custodian:consent', function (e) {
      var g = e && e.detail && e.detail.granted;
      custodianConsent = !!(g && g.indexOf && g.indexOf('analytics') >= 0);
      if (!custodianConsent) forgetIdentity();
    });

    function ignored() {
      try { if (w.localStorage.getItem('custodian_ignore') === '1') return true; } catch (e) {}
      return cfg.dnt && (nav.doNotTrack === '1' || nav.doNotTrack === 'yes' || w.doNotTrack === '1');
    }
    function consentOk() { return !cfg.consentRequired || cfg.consentGiven || !!readCookie(CONSENT); }
    function cookiesAllowed() {
      return cfg.cookies && consentOk() && (!cfg.cookieConsentRequired || cfg.cookieConsentGiven ||
        !!readCookie(COOKIE_CONSENT) || !!readCookie(CONSENT));
    }
    function pageUrl() { return cfg.customUrl || loc.href; }

    function query(params) {
      var now = new Date(), p = {
        idsite: cfg.site, rec: 1, r: rand(6, '0123456789'), h: now.getHours(), m: now.getMinutes(),
        s: now.getSeconds(), url: pageUrl(), urlref: cfg.referrer, pv_id: pvId, send_image: 0,
        res: w.screen ? w.screen.width + 'x' + w.screen.height : ''
      }, k, out = [];
      for (k in cfg.dims) p['dimension' + k] = cfg.dims[k];
      for (k in params) p[k] = params[k];
      for (k in p) if (p[k] !== undefined && p[k] !== null && p[k] !== '') out.push(k + '=' + encodeURIComponent(p[k]));
      return out;
    }
    function transmit(q) {
      var url = cfg.url;
      try {
        if (nav.sendBeacon && nav.sendBeacon(url, new Blob([q], { type: 'application/x-www-form-urlencoded; charset=UTF-8' }))) return;
      } catch (e) {}
      new Image(1, 1).src = url + (url.indexOf('?') < 0 ? '?' : '&') + q.replace('send_image=0', 'send_image=1');
    }
    // identity is decided when the request leaves, so a withdrawal applies at once
    function release(params) {
      var c = custodianDecision(), q = query(params);
      if (cookiesAllowed() && c.analytics) {
        var vid = readCookie(VID);
        if (!/^[0-9a-f]{16}$/.test(vid || '')) vid = rand(16, '0123456789abcdef');
        writeCookie(VID, vid, 396 * 86400);
        q.push('_id=' + vid, 'cookie=1');
        if (cfg.userId) q.push('uid=' + encodeURIComponent(cfg.userId));
        if (c.id) q.push('consent=' + encodeURIComponent(c.id));
      }
      transmit(q.join('&'));
      lastSent = Date.now();
      beat();
    }
    function request(params) {
      if (!cfg.site || !cfg.url || ignored()) return;
      if (!pvId) pvId = rand(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
      if (consentOk()) release(params);
      else if (held.length < 100) held.push(params);
    }
    function releaseHeld() { var h = held; held = []; for (var i = 0; i < h.length; i++) release(h[i]); }

    // heartbeat: while the page is visible, a ping every N s after the last request, for 30 min at most
    function beat() {
      if (!cfg.heartbeat) return;
      clearTimeout(beatTimer);
      if (Date.now() - pageStart < 1800000) beatTimer = setTimeout(safe(ping), cfg.heartbeat * 1000);
    }
    function ping() {
      if (pvId && d.visibilityState !== 'hidden' && Date.now() - lastSent >= cfg.heartbeat * 1000 - 50 && consentOk()) request({ ping: 1 });
    }

    function linkType(a) {
      var cls = ' ' + (a.className || '') + ' ', u;
      if (/ (piwik|matomo)_ignore /.test(cls)) return null;
      try { u = new URL(a.href, loc.href); } catch (e) { return null; }
      if (!/^https?:$/.test(u.protocol)) return null;
      var file = u.pathname.split('/').pop(), ext = file.indexOf('.') > 0 ? file.split('.').pop().toLowerCase() : '';
      if (/ (piwik|matomo)_download /.test(cls) || (a.hasAttribute && a.hasAttribute('download')) ||
        DOWNLOADS.indexOf(ext) >= 0) return 'download';
      if (/ (piwik|matomo)_link /.test(cls)) return 'link';
      for (var i = 0; i < cfg.domains.length; i++) {
        var dom = String(cfg.domains[i]).replace(/^\*\./, '').split('/')[0].toLowerCase();
        if (u.hostname === dom || u.hostname.slice(-dom.length - 1) === '.' + dom) return null;
      }
      return 'link';
    }
    function onClick(e) {
      if (e.type === 'auxclick' && e.button !== 1) return;
      var a = e.target;
      while (a && !(a.tagName && String(a.tagName).toLowerCase() === 'a' && a.href)) a = a.parentNode;
      var type = a && linkType(a);
      if (type) api.trackLink(new URL(a.href, loc.href).href, type);
    }
    function onVisibility() {
      if (d.visibilityState === 'hidden') {
        clearTimeout(beatTimer);
        if (pvId && Date.now() - lastSent >= 1000 && consentOk()) request({ ping: 1 });
      } else beat();
    }

    var api = {
      trackPageView: function (title) {
        pvId = ''; pageStart = Date.now();
        request({ action_name: title || (cfg.title !== null ? cfg.title : d.title) });
      },
      trackEvent: function (category, action, name, value) {
        if (!category || !action) return;
        request({ e_c: category, e_a: action, e_n: name, e_v: value, ca: 1 });
      },
      trackSiteSearch: function (keyword, category, count) {
        request({ search: keyword, search_cat: category, search_count: count });
      },
      trackGoal: function (id, revenue) { request({ idgoal: id, revenue: revenue, ca: 1 }); },
      trackLink: function (url, type) {
        var p = { ca: 1 };
        p[type === 'download' ? 'download' : 'link'] = url;
        request(p);
      },
      enableLinkTracking: function () {
        if (cfg.linkTracking) return;
        cfg.linkTracking = true;
        d.addEventListener('click', safe(onClick), true);
        d.addEventListener('auxclick', safe(onClick), true);
      },
      enableHeartBeatTimer: function (seconds) {
        cfg.heartbeat = Math.max(Number(seconds) || 15, 5);
        if (!cfg.heartbeatOn) d.addEventListener('visibilitychange', safe(onVisibility));
        cfg.heartbeatOn = true;
      },
      disableHeartBeatTimer: function () { cfg.heartbeat = 0; clearTimeout(beatTimer); },
      setTrackerUrl: function (u) { cfg.url = String(u); },
      setSiteId: function (id) { cfg.site = String(id); },
      setCustomUrl: function (u) { try { cfg.customUrl = new URL(String(u), loc.href).href; } catch (e) {} },
      setDocumentTitle: function (t) { cfg.title = String(t); },
      setReferrerUrl: function (u) { cfg.referrer = String(u); },
      setUserId: function (id) { cfg.userId = id ? String(id) : ''; },
      resetUserId: function () { cfg.userId = ''; },
      setCustomDimension: function (id, value) { if (/^\d+$/.test(String(id))) cfg.dims[id] = value; },
      setDomains: function (list) { cfg.domains = [loc.hostname].concat(list || []); },
      setDoNotTrack: function (on) { cfg.dnt = !!on; },
      disableCookies: function () { cfg.cookies = false; forgetIdentity(); },
      requireConsent: function () { cfg.consentRequired = true; },
      setConsentGiven: function () { cfg.consentGiven = true; releaseHeld(); },
      rememberConsentGiven: function (hours) { remember(CONSENT, hours); api.setConsentGiven(); },
      forgetConsentGiven: function () {
        expire(CONSENT); expire(COOKIE_CONSENT); forgetIdentity();
        cfg.consentGiven = false; cfg.consentRequired = true; held = [];
      },
      requireCookieConsent: function () { cfg.cookieConsentRequired = true; },
      setCookieConsentGiven: function () { cfg.cookieConsentGiven = true; },
      rememberCookieConsentGiven: function (hours) { remember(COOKIE_CONSENT, hours); cfg.cookieConsentGiven = true; },
      forgetCookieConsentGiven: function () {
        expire(COOKIE_CONSENT); forgetIdentity(); cfg.cookieConsentGiven = false; cfg.cookieConsentRequired = true;
      },
      hasConsent: consentOk,
      getVisitorId: function () { return cookiesAllowed() && custodianDecision().analytics ? readCookie(VID) || '' : ''; },
      getUserId: function () { return cfg.userId; },
      getSiteId: function () { return cfg.site; },
      getCurrentUrl: pageUrl
    };
    function safe(fn) { return function () { try { return fn.apply(this, arguments); } catch (e) {} }; }
    for (var m in api) api[m] = safe(api[m]);

    function apply(cmd) {
      if (!cmd) return;
      if (typeof cmd === 'function') { cmd.call(api); return; }
      if (typeof cmd[0] === 'function') { cmd[0].apply(api, [].slice.call(cmd, 1)); return; }
      var f = api[cmd[0]];
      if (typeof f === 'function') f.apply(api, [].slice.call(cmd, 1));
    }
    // configuration runs first, as in Matomo; page-specific setters keep their place in the queue
    var FIRST = /^(set(?!CustomUrl|DocumentTitle|ReferrerUrl|CustomDimension)|require|disable|enable)/;
    // the snippet may keep its own reference to the array: later pushes on it run at once
    var paq = w._paq && typeof w._paq.push === 'function' ? w._paq : [];
    var pending = paq.length ? [].slice.call(paq) : [], i;
    if (paq.length) paq.length = 0;
    paq.push = safe(function () { for (var j = 0; j < arguments.length; j++) apply(arguments[j]); return 0; });
    w._paq = paq;
    for (i = 0; i < pending.length; i++) if (pending[i] && FIRST.test(pending[i][0])) { apply(pending[i]); pending[i] = null; }
    for (i = 0; i < pending.length; i++) apply(pending[i]);
    var tracker = { custodian: true, getTracker: function () { return api; }, getAsyncTracker: function () { return api; } };
    w.Matomo = w.Matomo || tracker;
    w.Piwik = w.Piwik || tracker;
  } catch (e) {}
})(window, document);
