// Matomo's own Node.js client (npm matomo-tracker), used through its API unchanged but for the host, as a server
// that tracks its visitors would use it: no token_auth, the visitor's browser in `ua`, no User-Agent header of its own.
// Usage: node matomo-node-client.cjs <package dir> <tracker url> <idsite> <site domain> <step>
'use strict';

const [packageDir, trackerUrl, idsite, domain, step] = process.argv.slice(2);
const MatomoTracker = require(packageDir);

const WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0';

const site = 'https://' + domain;
const tracker = new MatomoTracker(Number(idsite), trackerUrl);
tracker.on('error', (error) => {
  console.error('tracking error: ' + error);
  process.exitCode = 1;
});

const steps = {
  // Each visit's entry: the README's first example (a URL alone, so no browser at all), two pageviews with the
  // visitor's browser and one visit sent as a bulk.
  entries() {
    tracker.track(site + '/about');
    tracker.track({
      url: site + '/', action_name: 'Home', urlref: 'https://www.google.com/search?q=shop',
      ua: WINDOWS, lang: 'de-DE,de;q=0.9,en;q=0.8', res: '1920x1080',
    });
    tracker.track({
      url: site + '/blog/hello', action_name: 'Hello', urlref: 'https://news.ycombinator.com/item?id=1',
      ua: IPHONE, lang: 'en-US', res: '390x844',
    });
    tracker.trackBulk([
      { url: site + '/', action_name: 'Home', ua: MAC, lang: 'fr-FR', res: '2560x1440' },
      { url: site + '/docs', action_name: 'Docs', urlref: site + '/', ua: MAC, lang: 'fr-FR', res: '2560x1440' },
    ], (answer) => console.log('bulk: ' + answer));
  },
  // The first visitor goes on: a second page, an event, a site search and a goal.
  actions() {
    const visitor = { ua: WINDOWS, lang: 'de-DE,de;q=0.9,en;q=0.8', res: '1920x1080' };
    tracker.track({ ...visitor, url: site + '/pricing', action_name: 'Pricing', urlref: site + '/' });
    tracker.track({ ...visitor, url: site + '/pricing', e_c: 'Videos', e_a: 'Play', e_n: 'Intro', e_v: 12.5 });
    tracker.track({ ...visitor, url: site + '/search?q=boots', search: 'boots', search_cat: 'shoes', search_count: 12 });
    tracker.track({ ...visitor, url: site + '/pricing', idgoal: 1, revenue: 10 });
  },
};

steps[step]();
