// Runs the real matomo.js in a fake browser (node:vm): the _paq queue, what goes to /matomo.php, consent rules.
// Run: node --test src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, element, consentCookie } from './fake-browser.mjs';

const TRACKER = 'https://stats.example.org/matomo.php';

function matomo(options = {}, queue = [['trackPageView'], ['enableLinkTracking']]) {
  const b = browser({ src: 'https://stats.example.org/matomo.js', ...options });
  b.window._paq = [...queue, ['setTrackerUrl', TRACKER], ['setSiteId', '7']];
  b.load('matomo.js');
  b.params = async () => (await b.texts()).map((r) => {
    const query = r.via === 'image' ? r.url.split('?')[1] : r.text;
    return Object.fromEntries(new URLSearchParams(query));
  });
  return b;
}

test('standard snippet: the pageview queued before load goes to the tracker URL, without identity', async () => {
  const b = matomo();
  const [request] = await b.texts();
  assert.equal(request.url, TRACKER);
  assert.match(request.body.type, /^application\/x-www-form-urlencoded; charset=utf-8$/i);
  const [p] = await b.params();
  assert.equal(p.idsite, '7');
  assert.equal(p.rec, '1');
  assert.equal(p.url, 'https://shop.example.com/a?x=1');
  assert.equal(p.action_name, 'Page A');
  assert.equal(p.urlref, 'https://search.example/?q=1');
  assert.equal(p.res, '1920x1080');
  assert.equal(p.send_image, '0');
  assert.match(p.pv_id, /^[0-9A-Za-z]{6}$/);
  assert.ok(!('_id' in p) && !('uid' in p) && !('consent' in p), JSON.stringify(p));
  assert.equal(b.cookieWrites.length, 0, 'no cookie without consent');
});

test('commands pushed after load run at once; events, searches, goals share the pageview id', async () => {
  const b = matomo();
  b.window._paq.push(['trackEvent', 'Videos', 'Play', 'Intro', 12.5]);
  b.window._paq.push(['trackSiteSearch', 'boots', 'shoes', 12]);
  b.window._paq.push(['trackGoal', 3, 9.99]);
  b.window._paq.push(['noSuchCommand', 1], ['trackLink', 'https://other.example/x', 'link']);
  let self = null;
  b.window._paq.push([function () { self = this.getSiteId(); }]);
  const [page, event, search, goal, link] = await b.params();
  assert.deepEqual([event.e_c, event.e_a, event.e_n, event.e_v], ['Videos', 'Play', 'Intro', '12.5']);
  assert.deepEqual([search.search, search.search_cat, search.search_count], ['boots', 'shoes', '12']);
  assert.deepEqual([goal.idgoal, goal.revenue], ['3', '9.99']);
  assert.equal(link.link, 'https://other.example/x');
  for (const p of [event, search, goal, link]) assert.equal(p.pv_id, page.pv_id);
  assert.equal(self, '7');
});

test('a single-page app sets URL, title and referrer; each pageview gets a new id and the custom dimensions', async () => {
  const b = matomo();
  b.window._paq.push(['setReferrerUrl', 'https://shop.example.com/a?x=1'], ['setCustomUrl', '/shop'],
    ['setDocumentTitle', 'Shoes'], ['setCustomDimension', 2, 'gold'], ['trackPageView']);
  const [first, second] = await b.params();
  assert.equal(second.url, 'https://shop.example.com/shop');
  assert.equal(second.action_name, 'Shoes');
  assert.equal(second.urlref, 'https://shop.example.com/a?x=1');
  assert.equal(second.dimension2, 'gold');
  assert.notEqual(second.pv_id, first.pv_id);
});

test('with analytics consent the visitor id is the Custodian cookie, with the consent id and the user id', async () => {
  const b = matomo({ cookies: { custodian_consent: consentCookie({ id: 'c-42', analytics: true }) } },
    [['setUserId', 'u-1'], ['trackPageView']]);
  const [p] = await b.params();
  assert.match(p._id, /^[0-9a-f]{16}$/);
  assert.equal(b.jar.get('_cst_vid'), p._id);
  assert.equal(p.consent, 'c-42');
  assert.equal(p.uid, 'u-1');
  assert.match(b.cookieWrites[0], /Max-Age=34214400; Path=\/; SameSite=Lax; Secure/);
});

test('withdrawing analytics consent deletes the visitor cookie and the next hits are anonymous', async () => {
  const b = matomo({ cookies: { custodian_consent: consentCookie({ id: 'c-42', analytics: true }) } });
  b.fire('win', 'custodian:consent', { detail: { granted: ['necessary'], denied: ['analytics'] } });
  assert.ok(!b.jar.has('_cst_vid'));
  b.window._paq.push(['trackEvent', 'a', 'b']);
  const p = (await b.params()).pop();
  assert.ok(!('_id' in p) && !('consent' in p));
});

test('disableCookies and requireCookieConsent keep the hits anonymous even with analytics consent', async () => {
  const consent = { custodian_consent: consentCookie({ id: 'c-1', analytics: true }) };
  const off = matomo({ cookies: consent }, [['disableCookies'], ['trackPageView']]);
  assert.ok(!('_id' in (await off.params())[0]));
  const b = matomo({ cookies: consent }, [['requireCookieConsent'], ['trackPageView']]);
  assert.ok(!('_id' in (await b.params())[0]));
  b.window._paq.push(['rememberCookieConsentGiven'], ['trackEvent', 'a', 'b']);
  assert.match((await b.params())[1]._id, /^[0-9a-f]{16}$/);
  assert.ok(b.jar.has('mtm_cookie_consent'));
  b.window._paq.push(['forgetCookieConsentGiven']);
  assert.ok(!b.jar.has('_cst_vid') && !b.jar.has('mtm_cookie_consent'));
});

test('requireConsent holds every hit until consent is given, then sends them in order', async () => {
  const b = matomo({}, [['requireConsent'], ['trackPageView']]);
  b.window._paq.push(['trackEvent', 'a', 'b']);
  assert.equal(b.requests.length, 0);
  b.window._paq.push(['rememberConsentGiven']);
  const [page, event] = await b.params();
  assert.equal(page.action_name, 'Page A');
  assert.equal(event.e_c, 'a');
  assert.ok(b.jar.has('mtm_consent'));
  b.window._paq.push(['forgetConsentGiven'], ['trackEvent', 'c', 'd']);
  assert.equal(b.requests.length, 2, 'nothing after consent was forgotten');
});

test('link tracking: outlinks and downloads by extension, class or attribute; own links and ignored ones not', async () => {
  const b = matomo();
  const click = (attrs) => b.fire('doc', 'click', { target: element('a', attrs) });
  click({ href: 'https://other.example/page' });
  click({ href: 'https://shop.example.com/files/report.PDF?v=2' });
  click({ href: '/get?id=1', class: 'matomo_download' });
  click({ href: '/about' });
  click({ href: 'https://other.example/', class: 'piwik_ignore' });
  b.fire('doc', 'click', { target: element('span', {}, element('a', { href: 'https://third.example/' })) });
  const [, out, pdf, cls, nested] = await b.params();
  assert.equal(out.link, 'https://other.example/page');
  assert.equal(pdf.download, 'https://shop.example.com/files/report.PDF?v=2');
  assert.equal(cls.download, 'https://shop.example.com/get?id=1');
  assert.equal(nested.link, 'https://third.example/');
  assert.equal(b.requests.length, 5);
});

test('heartbeat: a ping with the pageview id after the delay while visible, and when the tab is hidden', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
  const b = matomo({}, [['enableHeartBeatTimer', 10], ['trackPageView']]);
  t.mock.timers.tick(10_000);
  t.mock.timers.tick(3_000);
  b.document.visibilityState = 'hidden';
  b.fire('doc', 'visibilitychange');
  const [page, beat, hidden] = await b.params();
  assert.equal(beat.ping, '1');
  assert.equal(beat.pv_id, page.pv_id);
  assert.equal(hidden.ping, '1');
  assert.equal(b.requests.length, 3);
});

test('the owner exclusion, Do Not Track when asked, and the image fallback', async () => {
  const ignored = matomo({ storage: { custodian_ignore: '1' } });
  assert.equal(ignored.requests.length, 0);
  const dnt = matomo({ globals: {} }, [['setDoNotTrack', true], ['trackPageView']]);
  dnt.window.navigator.doNotTrack = '1';
  dnt.window._paq.push(['trackPageView']);
  assert.equal(dnt.requests.length, 1, 'only the pageview sent before the browser said DNT');
  const img = matomo({ beacon: false });
  const [r] = img.requests;
  assert.equal(r.via, 'image');
  assert.match(r.url, /^https:\/\/stats\.example\.org\/matomo\.php\?.*send_image=1/);
});

test('loading the script twice keeps one tracker; piwik.js defaults its tracker URL', async () => {
  const b = browser({ src: 'https://stats.example.org/piwik.js' });
  b.window._paq = [['setSiteId', 1], ['trackPageView']];
  b.load('matomo.js');
  b.load('matomo.js');
  assert.equal(b.requests.length, 1);
  assert.equal(b.requests[0].url, 'https://stats.example.org/matomo.php');
});
