/* Custodian analytics dashboard: visitors per country on a world map (chartjs-chart-geo); a click filters by country. */
(function () {
  'use strict';

  var ANTARCTICA = '010';
  var LIGHT = [191, 219, 254];
  var DARK = [30, 64, 175];

  function shade(t) {
    var c = LIGHT.map(function (from, i) { return Math.round(from + (DARK[i] - from) * t); });
    return 'rgb(' + c.join(',') + ')';
  }

  function json(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ': ' + response.status);
      }
      return response.json();
    });
  }

  function visitors(n) {
    return n.toLocaleString('en-US') + (n === 1 ? ' visitor' : ' visitors');
  }

  function draw(canvas, atlas, codes, areas) {
    var alpha2 = {};
    codes.forEach(function (row) { alpha2[row[2]] = row[0]; });
    var byCode = {};
    areas.forEach(function (area) { byCode[area.code] = area; });
    var features = window.ChartGeo.topojson.feature(atlas, atlas.objects.countries).features
      .filter(function (f) { return f.id !== ANTARCTICA; });
    var data = features.map(function (f) {
      var area = byCode[alpha2[f.id]] || null;
      return { feature: f, value: area ? area.visitors : null, area: area };
    });
    var G = window.ChartGeo;
    window.Chart.register(G.ChoroplethController, G.GeoFeature, G.ColorScale, G.ProjectionScale);
    new window.Chart(canvas, {
      type: 'choropleth',
      data: {
        labels: features.map(function (f) { return f.properties.name; }),
        datasets: [{ label: 'Visitors', data: data, borderColor: '#fff', borderWidth: 0.5, hoverBorderColor: '#111827',
          hoverBorderWidth: 1 }]
      },
      options: {
        aspectRatio: 1.9,
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: function () { return ''; },
              label: function (ctx) {
                var point = ctx.raw;
                return point.area ? point.area.name + ': ' + visitors(point.area.visitors)
                  : point.feature.properties.name + ': no visitors';
              }
            }
          }
        },
        scales: {
          projection: { axis: 'x', projection: 'equalEarth' },
          color: { axis: 'x', min: 0, interpolate: shade, missing: '#e5e7eb',
            ticks: { precision: 0 }, legend: { position: 'bottom-left', align: 'right' } }
        },
        onHover: function (event, elements) {
          var point = elements.length ? data[elements[0].index] : null;
          canvas.style.cursor = point && point.area ? 'pointer' : 'default';
        },
        onClick: function (event, elements) {
          var point = elements.length ? data[elements[0].index] : null;
          if (point && point.area) {
            window.location.assign(point.area.href);
          }
        }
      }
    });
  }

  function start() {
    var canvas = document.getElementById('country-map');
    if (!canvas) {
      return;
    }
    var figure = canvas.parentElement;
    if (typeof window.Chart === 'undefined' || typeof window.ChartGeo === 'undefined') {
      figure.hidden = true;
      return;
    }
    var areas;
    try {
      areas = JSON.parse(canvas.getAttribute('data-countries') || '[]');
    } catch (e) {
      areas = [];
    }
    Promise.all([json(canvas.getAttribute('data-atlas')), json(canvas.getAttribute('data-codes'))])
      .then(function (loaded) { draw(canvas, loaded[0], loaded[1], areas); })
      .catch(function () { figure.hidden = true; });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
