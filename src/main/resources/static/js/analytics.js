/* Custodian analytics dashboard: the chart from data-series and the live panel (no inline scripts: CSP). */
(function () {
  'use strict';

  /** "1 visitor", "2 visitors": the count with the singular or plural of a plural noun ending in s. */
  function counted(n, plural) {
    return n + ' ' + (n === 1 ? plural.slice(0, -1) : plural);
  }

  function chart() {
    var canvas = document.getElementById('analytics-chart');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var series;
    try {
      series = JSON.parse(canvas.getAttribute('data-series') || '{}');
    } catch (e) {
      return;
    }
    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: series.labels || [],
        datasets: [
          { label: 'Visitors', data: series.visitors || [], borderColor: '#2563eb', backgroundColor: 'rgba(37,99,235,.12)', fill: true, tension: 0.25 },
          { label: 'Pageviews', data: series.pageviews || [], borderColor: '#16a34a', backgroundColor: 'rgba(22,163,74,.08)', fill: false, tension: 0.25 }
        ]
      },
      options: {
        responsive: true,
        interaction: { mode: 'index', intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  function live() {
    var panel = document.getElementById('live');
    var url = panel && panel.getAttribute('data-live-url');
    if (!url) {
      return;
    }
    function set(name, value) {
      var el = panel.querySelector('[data-live="' + name + '"]');
      if (el) {
        el.textContent = String(value);
      }
      var unit = panel.querySelector('[data-live-unit="' + name + '"]');
      if (unit) {
        unit.textContent = counted(value, name).replace(/^\S+ /, '');
      }
    }
    function refresh() {
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (!data) {
            return;
          }
          set('visitors', data.visitors);
          set('pageviews', data.pageviews);
          var list = panel.querySelector('[data-live="pages"]');
          if (list) {
            list.textContent = '';
            (data.topPages || []).forEach(function (page) {
              var item = document.createElement('li');
              item.textContent = page.path + ' — ' + counted(page.visitors, 'visitors') + ', ' + counted(page.pageviews, 'pageviews');
              list.appendChild(item);
            });
          }
        })
        .catch(function () { /* try again at the next tick */ });
    }
    refresh();
    setInterval(function () {
      if (document.visibilityState === 'visible') {
        refresh();
      }
    }, 10000);
  }

  function start() {
    chart();
    live();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
