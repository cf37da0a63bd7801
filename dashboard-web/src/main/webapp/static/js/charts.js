// Draws the page's charts with Chart.js from the JSON block the server rendered (#chart-data):
// each entry is the same table the page shows under the chart and the CSV export contains.
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || typeof Chart === "undefined") {
    return;
  }
  var tables = JSON.parse(source.textContent);
  var colors = {
    "Delivered as RCS": "#4f46e5", "Delivered by SMS fallback": "#0d9488", "Delivered otherwise": "#64748b",
    "Likely delivered": "#d4a72c", "Failed": "#dc2626", "Pending": "#9ca3af",
    "RCS delivery rate (%)": "#4f46e5", "SMS fallback rate (%)": "#0d9488",
    "Median (s)": "#818cf8", "90th percentile (s)": "#4338ca", "Messages": "#4f46e5", "Cumulative (%)": "#0d9488"
  };
  var palette = ["#4f46e5", "#0d9488", "#f59e0b", "#dc2626", "#64748b", "#db2777", "#0891b2", "#65a30d"];
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = "#5d6678";
  Chart.defaults.maintainAspectRatio = false;
  // People who ask their system for less motion get the finished chart at once (so do the browser
  // tests' screenshots, which would otherwise catch the bars half-grown).
  if (window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
    Chart.defaults.animation = false;
  }

  function column(table, index) {
    return table.rows.map(function (row) { return row[index] === "" ? null : row[index]; });
  }
  function labels(table) {
    return column(table, 0);
  }
  function color(name, i) {
    return colors[name] || palette[i % palette.length];
  }

  var builders = {
    "stacked-bar": function (t) {
      return {
        type: "bar",
        data: { labels: labels(t), datasets: t.columns.slice(1).map(function (name, i) {
          return { label: name, data: column(t, i + 1), backgroundColor: color(name, i), stack: "outcomes" };
        }) },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: t.unit } } },
                   plugins: { tooltip: { mode: "index", intersect: false } } }
      };
    },
    "line": function (t) {
      return {
        type: "line",
        data: { labels: labels(t), datasets: t.columns.slice(1).map(function (name, i) {
          return { label: name, data: column(t, i + 1), borderColor: color(name, i), backgroundColor: color(name, i), tension: .25, pointRadius: 2 };
        }) },
        options: { scales: { y: { min: 0, max: 100, title: { display: true, text: t.unit } } }, interaction: { mode: "index", intersect: false } }
      };
    },
    "doughnut": function (t) {
      return {
        type: "doughnut",
        data: { labels: labels(t), datasets: [{ data: column(t, 1), backgroundColor: labels(t).map(color) }] },
        options: { plugins: { legend: { position: "right" } }, cutout: "58%" }
      };
    },
    "bar": function (t) {
      var series = t.columns.map(function (name, i) { return { name: name, index: i }; }).slice(1)
        .filter(function (c) { return t.unit !== "seconds" || / \(s\)$/.test(c.name); });
      var horizontal = t.rows.length > 6;
      var scales = { y: { beginAtZero: true }, x: { beginAtZero: true } };
      if (t.unit === "seconds") {
        // RCS arrives in seconds, the SMS fallback after minutes: on a linear axis the RCS bars vanish.
        scales[horizontal ? "x" : "y"] = { type: "logarithmic", title: { display: true, text: "seconds (log scale)" } };
      }
      return {
        type: "bar",
        data: { labels: labels(t), datasets: series.map(function (c, i) {
          return { label: c.name, data: column(t, c.index), backgroundColor: color(c.name, i) };
        }) },
        options: { indexAxis: horizontal ? "y" : "x", scales: scales,
                   plugins: { legend: { display: series.length > 1 } } }
      };
    },
    "histogram": function (t) {
      return {
        data: { labels: labels(t), datasets: [
          { type: "bar", label: t.columns[1], data: column(t, 1), backgroundColor: color(t.columns[1], 0), yAxisID: "y" },
          { type: "line", label: t.columns[2], data: column(t, 2), borderColor: color(t.columns[2], 1), backgroundColor: color(t.columns[2], 1), yAxisID: "share", pointRadius: 2 }
        ] },
        options: { scales: { y: { beginAtZero: true, title: { display: true, text: "messages" } },
                             share: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: "% delivered within" } } } }
      };
    }
  };

  tables.forEach(function (table) {
    var canvas = document.getElementById("chart-" + table.id);
    var build = builders[table.kind];
    if (canvas && build) {
      new Chart(canvas, build(table));
    }
  });
})();
