/*! Custodian js/script.js - Plausible-compatible, cookie-less, sends to /api/event. See docs/tracker.md */
(function (w, d) {
  'use strict';
  try {
    var loc = w.location, script = d.currentScript;
    if (!script || w.plausible && w.plausible.custodian) return;
    var attr = function (n) { return script.getAttribute(n); };
    // extensions come from the file name: script.outbound-links.tagged-events.js
    var file = String(script.src || '').split('?')[0].split('/').pop().split('.');
    var ext = {}, i;
    for (i = 1; i < file.length - 1; i++) ext[file[i]] = true;
    // the newer snippet (pa-<id>.js) passes its options through plausible.init(options) instead
    var o = /^pa-/.test(file[0]) && w.plausible && w.plausible.o || {};
    if (/^pa-/.test(file[0])) {
      ext = { 'tagged-events': 1, 'outbound-links': o.outboundLinks, 'file-downloads': o.fileDownloads,
        hash: o.hashBasedRouting, manual: o.autoCapturePageviews === false, local: o.captureOnLocalhost };
    }
    var DOMAIN = attr('data-domain') || loc.hostname;
    var API = attr('data-api') || o.endpoint || new URL(script.src, loc.href).origin + '/api/event';
    var FILE_TYPES = (attr('file-types') || 'pdf,xlsx,docx,txt,rtf,csv,exe,key,pps,ppt,pptx,7z,pkg,rar,gz,zip,avi,' +
      'mov,mp4,mpeg,wmv,midi,mp3,wav,wma,dmg').split(',').concat((attr('add-file-types') || '').split(','));
    var page = null, engaged = 0, visibleSince = 0, maxScroll = 0;

    function ignored(name) {
      if (/^localhost$|^127(\.\d+){0,2}\.\d+$|^\[::1?\]$/.test(loc.hostname) && !ext.local) return true;
      if (loc.protocol === 'file:' && !ext.local) return true;
      try {
        if (w.localStorage.plausible_ignore === 'true' || w.localStorage.getItem('custodian_ignore') === '1') return true;
      } catch (e) {}
      var path = loc.pathname, inc = attr('data-include'), exc = attr('data-exclude');
      if (name !== 'pageview' || !ext.exclusions) return false;
      return (inc && !matches(inc, path)) || (exc && matches(exc, path));
    }
    function matches(list, path) {
      return list.split(',').some(function (p) {
        var re = p.trim().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*')
          .replace(/\u0000/g, '.*');
        return new RegExp('^' + re + '$').test(path);
      });
    }

    // a beacon survives the page closing; fetch only when the caller waits for the answer
    function post(body, callback) {
      var json = JSON.stringify(body), nav = w.navigator;
      if (!callback && nav.sendBeacon && nav.sendBeacon(API, json)) return;
      if (w.fetch) {
        w.fetch(API, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, keepalive: true, body: json })
          .then(function (r) { if (callback) callback({ status: r.status }); },
            function (e) { if (callback) callback({ error: e }); });
      }
    }

    function trigger(name, options) {
      options = options || {};
      if (ignored(name)) { if (options.callback) options.callback(); return; }
      var body = { n: name, u: options.u || loc.href, d: DOMAIN, r: d.referrer || null };
      var props = options.props || (name === 'pageview' && ext['pageview-props'] ? pageviewProps() : null);
      var custom = typeof o.customProperties === 'function' ? o.customProperties(name) : o.customProperties;
      if (custom) {
        var merged = {}, k;
        for (k in custom) merged[k] = custom[k];
        for (k in props) merged[k] = props[k];
        props = merged;
      }
      if (props) body.p = props;
      if (options.revenue) body.$ = options.revenue;
      if (options.interactive === false) body.i = false;
      if (ext.hash) body.h = 1;
      if (name === 'pageview') startPage(body);
      post(body, options.callback);
    }
    function pageviewProps() {
      var out = {}, a = script.attributes, n = 0;
      for (var j = 0; j < a.length; j++) {
        if (a[j].name.indexOf('event-') === 0) { out[a[j].name.slice(6)] = a[j].value; n++; }
      }
      return n ? out : null;
    }

    // engagement: visible time since the last report (a delta) and the deepest scroll, per page
    function visible() { return d.visibilityState !== 'hidden'; }
    function elapsed() { return engaged + (visibleSince ? Date.now() - visibleSince : 0); }
    function scrollDepth() {
      var el = d.documentElement || {}, b = d.body || {};
      var height = Math.max(el.scrollHeight || 0, b.scrollHeight || 0, el.offsetHeight || 0);
      var seen = (w.scrollY || 0) + (w.innerHeight || 0);
      return height ? Math.min(100, Math.round(seen / height * 100)) : 0;
    }
    function startPage(body) {
      sendEngagement();
      page = { u: body.u, p: body.p, sent: -1 };
      engaged = 0; visibleSince = visible() ? Date.now() : 0; maxScroll = scrollDepth();
    }
    function sendEngagement() {
      if (!page) return;
      var e = Math.round(elapsed());
      maxScroll = Math.max(maxScroll, scrollDepth());
      if (maxScroll <= page.sent && e < 3000) return;
      page.sent = maxScroll;
      engaged = 0; visibleSince = visible() ? Date.now() : 0;
      var body = { n: 'engagement', sd: maxScroll, d: DOMAIN, u: page.u, p: page.p || {}, e: e };
      if (ext.hash) body.h = 1;
      if (!ignored('engagement')) post(body);
    }
    w.addEventListener('scroll', function () { if (page) maxScroll = Math.max(maxScroll, scrollDepth()); }, { passive: true });
    d.addEventListener('visibilitychange', function () {
      if (visible()) { if (!visibleSince) visibleSince = Date.now(); return; }
      sendEngagement();
      engaged = elapsed(); visibleSince = 0;
    });

    // links, downloads and tagged elements
    function link(el) {
      while (el && !(el.tagName && String(el.tagName).toLowerCase() === 'a' && el.href)) el = el.parentNode;
      return el;
    }
    function tagged(el) {
      for (var depth = 0; el && depth < 3; depth++, el = el.parentNode) {
        var cls = el.classList ? [].slice.call(el.classList) : [], name = '', props = {}, revenue = {};
        cls.forEach(function (c) {
          var m = /^plausible-(event|revenue)-(.+)=(.+)$/.exec(c);
          if (!m) return;
          var key = m[2], value = m[3].replace(/\+/g, ' ');
          if (m[1] === 'revenue' && ext.revenue) revenue[key] = value;
          else if (key === 'name') name = value;
          else props[key] = value;
        });
        if (name) return { name: name, props: props, revenue: revenue.amount ? revenue : null, form: el.tagName === 'FORM' };
      }
      return null;
    }
    function onClick(e) {
      if (e.type === 'auxclick' && e.button !== 1) return;
      var a = link(e.target), tag = ext['tagged-events'] && tagged(e.target);
      if (tag && !tag.form) return trigger(tag.name, { props: tag.props, revenue: tag.revenue });
      if (!a) return;
      var u;
      try { u = new URL(a.href, loc.href); } catch (x) { return; }
      if (!/^https?:$/.test(u.protocol)) return;
      var name = u.pathname.split('/').pop(), type = name.indexOf('.') > 0 ? name.split('.').pop().toLowerCase() : '';
      if (ext['file-downloads'] && type && FILE_TYPES.indexOf(type) >= 0) {
        trigger('File Download', { props: { url: u.href.split('?')[0] } });
      } else if (ext['outbound-links'] && u.host !== loc.host) {
        trigger('Outbound Link: Click', { props: { url: u.href } });
      }
    }
    d.addEventListener('click', onClick, true);
    d.addEventListener('auxclick', onClick, true);
    d.addEventListener('submit', function (e) {
      var tag = ext['tagged-events'] && tagged(e.target);
      if (tag && tag.form) trigger(tag.name, { props: tag.props, revenue: tag.revenue });
    }, true);

    // API: plausible(name, {props, revenue, interactive, callback, u}); calls made earlier wait in plausible.q
    var queue = w.plausible && w.plausible.q || [];
    w.plausible = function (name, options) { try { trigger(String(name), options); } catch (e) {} };
    w.plausible.custodian = true;
    w.plausible.init = function () {};

    var last = null;
    function auto() {
      if (!ext.hash && last === loc.pathname) return;
      last = loc.pathname;
      trigger('pageview');
    }
    for (i = 0; i < queue.length; i++) w.plausible.apply(this, queue[i]);
    if (!ext.manual) {
      var push = w.history && w.history.pushState;
      if (push) {
        w.history.pushState = function () { var r = push.apply(this, arguments); auto(); return r; };
        w.addEventListener('popstate', auto);
      }
      if (ext.hash) w.addEventListener('hashchange', function () { trigger('pageview'); });
      if (d.visibilityState === 'prerender') {
        d.addEventListener('visibilitychange', function once() {
          if (!last && d.visibilityState === 'visible') { d.removeEventListener('visibilitychange', once); auto(); }
        });
      } else auto();
    }
  } catch (e) {}
})(window, document);
