// The dashboard's browser side, an ES module: App.razor loads it at start (so the Plotly guard below is in place
// before plotly.js arrives) and components import the same module through IJSRuntime to call its exports.

// Saves a download made in the page without a round trip to the server.
function save(fileName, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

// A file streamed by the server (a DotNetStreamReference: a workbook, or a text already UTF-8 with its BOM), read whole before saving.
export async function downloadStream(fileName, streamRef, mimeType) {
  const buffer = await streamRef.arrayBuffer();
  save(fileName, new Blob([buffer], { type: mimeType }));
}

// Saves a drawn Plotly chart as a slide-sized image: PNG at 1920×1080 (a 960×540 layout at scale 2, so the text
// keeps its on-screen size relative to the chart) or SVG, which stays sharp at any size.
export function downloadChart(elementId, format, fileName) {
  const el = document.getElementById(elementId);
  if (!el || !window.Plotly) return Promise.resolve(false);
  return window.Plotly.downloadImage(el, { format: format, width: 960, height: 540, scale: format === "png" ? 2 : 1, filename: fileName })
    .then(() => true, () => false);
}

// Restyles a drawn chart: `update` maps each attribute to its value for every trace, in trace order. False, and
// nothing done, when the chart is not drawn yet (plotly.js not arrived, or its element gone): the caller then sends
// the whole figure, which Plotly.Blazor queues until plotly.js is there.
export function restyleChart(elementId, update) {
  const el = document.getElementById(elementId);
  if (!el || !window.Plotly || !Array.isArray(el.data)) return false;
  const traces = el.data.map((_, i) => i);
  window.Plotly.restyle(el, update, traces);
  return true;
}

// Plotly.Blazor loads plotly.js on first use and queues the calls made before it arrives, then runs the queue in one
// loop, each call on window.Plotly. Two things go wrong when plotly.js arrives late: a queued chart whose page was left
// meanwhile throws ("No DOM element") and so drops every chart queued after it, those of the page the user went to;
// and a queued react or purge that follows a queued newPlot of the same chart restarts or clears it mid-draw. So every
// call on a chart skips a chart whose element is gone, and one chart's calls run one after the other. Plotly.Blazor
// offers no hook for this, so the guard wraps window.Plotly's chart functions the moment plotly.js defines it.
//
// A map's traces name their boundary file by URL, and plotly gives a second trace on a URL the first is still
// fetching only 5 s before it fails ("Unexpected error while fetching"): too short for a national file on a busy
// machine or a slow link. So a chart's boundary files are fetched into plotly's cache before it is drawn.
const drawing = new WeakMap();
const fetching = new Map();

// The boundary files the traces name and plotly has not cached yet, fetched; null when there are none.
function loadBoundaries(data) {
  const assets = (window.PlotlyGeoAssets = window.PlotlyGeoAssets || { topojson: {} });
  const urls = new Set((Array.isArray(data) ? data : []).map((t) => t && t.geojson).filter((u) => typeof u === "string"));
  const missing = [...urls].filter((u) => !assets[u] || assets[u] === "pending");
  if (missing.length === 0) return null;
  return Promise.all(missing.map((u) => {
    if (!fetching.has(u)) {
      const load = fetch(u).then((r) => (r.ok ? r.json() : null)).then((geo) => { if (geo) assets[u] = geo; }, () => undefined);
      fetching.set(u, load.finally(() => fetching.delete(u)));
    }
    return fetching.get(u);
  }));
}

// While a chart waits for its boundaries, Plotly.Blazor may already subscribe to its events (el.on, which plotly
// adds when it draws): the subscriptions are held and handed to plotly's own el.on once it is there.
function holdEvents(el) {
  if (typeof el.on === "function") return () => undefined;
  const held = [];
  const hold = (name, handler) => { held.push([name, handler]); };
  el.on = hold;
  return () => {
    if (el.on === hold) delete el.on;
    else held.forEach(([name, handler]) => el.on(name, handler));
  };
}

const oneAtATime = (fn, withData) => function (gd, ...rest) {
  const el = typeof gd === "string" ? document.getElementById(gd) : gd;
  if (!el) return Promise.resolve();
  const previous = drawing.get(el);
  const draw = () => (el.isConnected ? fn.call(this, el, ...rest) : undefined);
  const run = !withData ? draw : () => {
    const loading = loadBoundaries(rest[0]);
    if (!loading) return draw();
    const release = holdEvents(el);
    return loading.then(() => {
      try {
        return draw();
      } finally {
        release();
      }
    });
  };
  const next = previous ? previous.then(run) : Promise.resolve(run());
  drawing.set(el, next.catch(() => undefined));
  return next;
};

function guard(plotly) {
  if (plotly && !plotly.__aggloGuarded) {
    for (const name of ["newPlot", "react", "purge", "restyle", "relayout", "update", "extendTraces", "prependTraces", "addTraces", "deleteTraces"]) {
      if (typeof plotly[name] === "function") plotly[name] = oneAtATime(plotly[name], name === "newPlot" || name === "react");
    }
    plotly.__aggloGuarded = true;
  }
  return plotly;
}

let plotly = guard(window.Plotly);
Object.defineProperty(window, "Plotly", {
  configurable: true,
  get: () => plotly,
  set: (value) => { plotly = guard(value); },
});
