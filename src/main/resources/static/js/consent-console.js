// Consent pages of the console: live banner preview, site switcher, opt-in chart. No inline scripts (CSP).
(function () {
  'use strict';

  function preview() {
    var form = document.getElementById('banner-form');
    var banner = document.getElementById('banner-preview');
    if (!form || !banner) {
      return;
    }
    var language = 'en';

    function field(lang, key) {
      return form.querySelector('[data-preview="' + key + '"][data-lang="' + lang + '"]');
    }

    function show(key) {
      var input = field(language, key);
      if (!input) {
        return;
      }
      // an emptied field falls back to the built-in text; the value the page opened with stands in for it
      var text = input.value.trim() || input.defaultValue.trim();
      document.querySelectorAll('[data-preview-target="' + key + '"]').forEach(function (target) {
        target.textContent = text;
      });
    }

    function showAll() {
      ['title', 'body', 'acceptAll', 'rejectAll', 'settings', 'save'].forEach(show);
      banner.setAttribute('lang', language);
      var link = banner.querySelector('[data-preview-link]');
      if (link) {
        link.textContent = link.getAttribute('data-' + language) || link.textContent;
        var url = document.getElementById('privacy-url');
        link.hidden = !(url && url.value.trim());
      }
    }

    form.addEventListener('input', function (event) {
      var key = event.target.getAttribute('data-preview');
      if (key && event.target.getAttribute('data-lang') === language) {
        show(key);
      }
      if (event.target.id === 'privacy-url') {
        showAll();
      }
    });

    form.addEventListener('focusin', function (event) {
      var lang = event.target.getAttribute && event.target.getAttribute('data-lang');
      if (lang && lang !== language && event.target.hasAttribute('data-preview')) {
        choose(lang);
      }
    });

    function choose(lang) {
      language = lang;
      document.querySelectorAll('[data-preview-lang]').forEach(function (button) {
        var active = button.getAttribute('data-preview-lang') === lang;
        button.classList.toggle('active', active);
        button.setAttribute('aria-pressed', active ? 'true' : 'false');
      });
      showAll();
    }

    document.querySelectorAll('[data-preview-lang]').forEach(function (button) {
      button.addEventListener('click', function () {
        choose(button.getAttribute('data-preview-lang'));
      });
    });
    showAll();
  }

  function siteSwitch() {
    document.querySelectorAll('[data-site-switch] select').forEach(function (select) {
      select.addEventListener('change', function () {
        select.form.submit();
      });
    });
  }

  var COLORS = { preferences: '#0891b2', analytics: '#4338ca', marketing: '#db2777', social: '#d97706' };

  function chart() {
    var canvas = document.getElementById('consent-chart');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var data;
    try {
      data = JSON.parse(canvas.getAttribute('data-chart') || '{}');
    } catch (e) {
      return;
    }
    var series = data.series || {};
    var datasets = Object.keys(series).map(function (category) {
      var color = COLORS[category] || '#475569';
      return {
        label: category, data: series[category], borderColor: color, backgroundColor: color,
        spanGaps: true, tension: 0.25, pointRadius: 3, borderWidth: 2
      };
    });
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: (data.labels || []).map(function (day) { return day.substring(5); }), datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } },
          tooltip: { callbacks: { label: function (item) { return item.dataset.label + ': ' + item.formattedValue + ' %'; } } }
        },
        scales: {
          y: { min: 0, max: 100, ticks: { callback: function (value) { return value + ' %'; } } },
          x: { ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 10 } }
        }
      }
    });
  }

  function start() {
    preview();
    siteSwitch();
    chart();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
