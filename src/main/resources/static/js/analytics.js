/* Custodian analytics dashboard: enhances the server-rendered page with the chart (a key figure's card switches its
   metric), tabs in the panels (remembered per panel), menus that close on an outside click, and the live visitors
   indicator. No inline scripts: CSP. */
(function () {
  'use strict';

  var chart = null;
  var series = {};

  function kpiLabel(metric) {
    var card = document.querySelector('.kpi[data-metric="' + metric + '"] h2');
    return card ? card.textContent : metric;
  }

  function datasets(metric, canvas) {
    var sets = [{ label: kpiLabel(metric), data: series[metric] || [], borderColor: '#4f46e5',
      backgroundColor: 'rgba(79,70,229,.10)', fill: true, tension: 0.3, cubicInterpolationMode: 'monotone', pointRadius: 0, pointHoverRadius: 4, borderWidth: 2 }];
    var previous = (series.previous || {})[metric];
    if (previous && previous.length) {
      sets.push({ label: canvas.getAttribute('data-previous-label') || 'previous period', data: previous,
        borderColor: '#94a3b8', borderDash: [4, 4], fill: false, cubicInterpolationMode: 'monotone', pointRadius: 0, borderWidth: 1.5 });
    }
    return sets;
  }

  function drawChart() {
    var canvas = document.getElementById('analytics-chart');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    try {
      series = JSON.parse(canvas.getAttribute('data-series') || '{}');
    } catch (e) {
      return;
    }
    chart = new window.Chart(canvas, {
      type: 'line',
      data: { labels: series.labels || [], datasets: datasets('visitors', canvas) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: { duration: 250 },
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { display: false } },
        scales: {
          x: { grid: { display: false }, ticks: { maxTicksLimit: 12, color: '#64748b' } },
          y: { beginAtZero: true, ticks: { precision: 0, maxTicksLimit: 5, color: '#64748b' }, grid: { color: '#eef2f7' } }
        }
      }
    });
  }

  function selectMetric(card) {
    var metric = card.getAttribute('data-metric');
    if (!metric || !chart) {
      return;
    }
    document.querySelectorAll('.kpi[data-metric]').forEach(function (other) {
      other.classList.toggle('selected', other === card);
      other.setAttribute('aria-pressed', String(other === card));
    });
    chart.data.datasets = datasets(metric, chart.canvas);
    chart.update();
  }

  function kpis() {
    document.querySelectorAll('.kpi[data-metric]').forEach(function (card) {
      card.setAttribute('role', 'button');
      card.setAttribute('tabindex', '0');
      card.setAttribute('aria-pressed', String(card.classList.contains('selected')));
      card.addEventListener('click', function () { selectMetric(card); });
      card.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          selectMetric(card);
        }
      });
    });
  }

  function showTab(panel, id) {
    var found = false;
    panel.querySelectorAll('[role=tab]').forEach(function (tab) {
      var on = tab.getAttribute('data-tab') === id;
      found = found || on;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    });
    if (!found) {
      return false;
    }
    panel.querySelectorAll('.pane').forEach(function (pane) {
      pane.hidden = pane.id !== 'tab-' + id;
    });
    return true;
  }

  function tabs() {
    document.querySelectorAll('.panel').forEach(function (panel) {
      var list = panel.querySelector('[role=tablist]');
      if (!list) {
        return;
      }
      var key = 'custodian.dashboard.tab.' + panel.getAttribute('data-panel');
      var first = list.querySelector('[role=tab]').getAttribute('data-tab');
      var remembered = null;
      try {
        remembered = window.localStorage.getItem(key);
      } catch (e) { /* storage may be disabled */ }
      panel.classList.add('tabbed');
      if (!remembered || !showTab(panel, remembered)) {
        showTab(panel, first);
      }
      list.addEventListener('click', function (event) {
        var tab = event.target.closest('[role=tab]');
        if (!tab) {
          return;
        }
        event.preventDefault();
        showTab(panel, tab.getAttribute('data-tab'));
        try {
          window.localStorage.setItem(key, tab.getAttribute('data-tab'));
        } catch (e) { /* storage may be disabled */ }
      });
    });
  }

  function menus() {
    document.addEventListener('click', function (event) {
      document.querySelectorAll('details.menu[open]').forEach(function (menu) {
        if (!menu.contains(event.target)) {
          menu.open = false;
        }
      });
    });
  }

  function live() {
    var panel = document.getElementById('live');
    var url = panel && panel.getAttribute('data-live-url');
    if (!url) {
      return;
    }
    function show(data) {
      panel.querySelector('[data-live="visitors"]').textContent = String(data.visitors);
      panel.querySelector('[data-live="pageviews"]').textContent = String(data.pageviews);
      var unit = panel.querySelector('[data-live-unit]');
      unit.textContent = unit.getAttribute(data.visitors === 1 ? 'data-one' : 'data-many');
      panel.classList.toggle('active', data.visitors > 0);
      var list = panel.querySelector('[data-live="pages"]');
      list.textContent = '';
      (data.topPages || []).forEach(function (page) {
        var item = document.createElement('li');
        var path = document.createElement('span');
        path.textContent = page.path;
        var count = document.createElement('strong');
        count.textContent = String(page.visitors);
        item.append(path, count);
        list.appendChild(item);
      });
      if (!list.children.length) {
        var none = document.createElement('li');
        none.className = 'muted';
        none.textContent = list.getAttribute('data-none');
        list.appendChild(none);
      }
    }
    function refresh() {
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (data) {
            show(data);
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
    tabs();
    drawChart();
    kpis();
    menus();
    live();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
