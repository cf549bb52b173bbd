// ChartView's browser side: draws its figure with plotly.js. `chart` gives ChartView one object per chart element;
// that object's calls run one after the other (a restyle or purge never lands on a chart plotly is still drawing) and
// do nothing once the element has left the page (the user moved on before plotly.js arrived), without touching any
// other chart's calls.

// The plotly.js that Plotly.Blazor ships; loaded once, on the first draw, as a script of our own origin (the content
// security policy allows no eval).
const plotlyUrl = "_content/Plotly.Blazor/plotly-3.7.0.min.js";
let plotlyLoading = null;

function plotly() {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  plotlyLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL(plotlyUrl, document.baseURI).href;
    script.async = true;
    script.onload = () => resolve(window.Plotly);
    script.onerror = () => {
      plotlyLoading = null;
      script.remove();
      reject(new Error(`plotly.js did not load from ${script.src}`));
    };
    document.head.appendChild(script);
  });
  return plotlyLoading;
}

// A map's traces name their boundary file by URL, and plotly gives a second trace on a URL the first is still
// fetching only 5 s before it fails ("Unexpected error while fetching"): too short for a national file on a busy
// machine or a slow link. So the files a figure names are fetched into plotly's cache before it is drawn.
const fetching = new Map();

function loadBoundaries(data) {
  const assets = (window.PlotlyGeoAssets = window.PlotlyGeoAssets || { topojson: {} });
  const urls = new Set((Array.isArray(data) ? data : []).map((t) => t && t.geojson).filter((u) => typeof u === "string"));
  const missing = [...urls].filter((u) => !assets[u] || assets[u] === "pending");
  return Promise.all(missing.map((u) => {
    if (!fetching.has(u)) {
      const load = fetch(u).then((r) => (r.ok ? r.json() : null)).then((geo) => { if (geo) assets[u] = geo; }, () => undefined);
      fetching.set(u, load.finally(() => fetching.delete(u)));
    }
    return fetching.get(u);
  }));
}

// With a <base> tag, plotly writes its SVG references (a colour bar's gradient, clip paths) as url(<page URL>#id),
// taking the page URL when the chart is drawn (react takes it again, restyle does not: plotly.js issue 5871). Once
// the page has replaced its URL (a year step writes year= into it), a reference naming the old URL points to another
// document, which the browser loads, a whole page render on the server per step. So a restyle first takes the URL
// the page has now.
function currentBaseUrl(el) {
  if (el._context && el._context._baseUrl) el._context._baseUrl = window.location.href.split("#")[0];
}

class Chart {
  #el;
  #clicks;
  #queue = Promise.resolve();
  #draws = 0;
  #purged = false;

  // `el` is null when the element left the page before the chart was made. `clicks`, when given, is ChartView's .NET
  // object: a click on a point calls its OnPlotlyClick(trace, point).
  constructor(el, clicks) {
    this.#el = el;
    this.#clicks = clicks;
  }

  // Runs `step` after this chart's earlier calls, unless the chart is purged or its element left the page by then.
  // A step that fails is logged and does not stop the later ones.
  #then(step) {
    const run = this.#queue.then(() => (this.#onPage() ? step(this.#el) : undefined));
    this.#queue = run.catch((e) => console.error(e));
    return run;
  }

  #onPage() {
    return !this.#purged && !!this.#el && this.#el.isConnected;
  }

  // Draws a figure ({ data, layout, config }): the first with newPlot, later ones with react. Returns at once; the
  // drawing waits for plotly.js and the figure's boundary files.
  draw(figure) {
    const drawn = () => { this.#draws--; };
    this.#draws++;
    this.#then(async (el) => {
      const Plotly = await plotly();
      await loadBoundaries(figure.data);
      if (!el.isConnected) return;
      if (Array.isArray(el.data)) {
        await Plotly.react(el, figure.data, figure.layout, figure.config);
        return;
      }
      await Plotly.newPlot(el, figure.data, figure.layout, figure.config);
      if (this.#clicks) el.on("plotly_click", (e) => this.#click(e));
    }).then(drawn, drawn);
  }

  #click(event) {
    const point = event && event.points && event.points[0];
    if (point && Number.isInteger(point.pointNumber)) {
      this.#clicks.invokeMethodAsync("OnPlotlyClick", Number.isInteger(point.curveNumber) ? point.curveNumber : 0, point.pointNumber);
    }
  }

  // Restyles the chart: `update` maps each attribute to its value for every trace, in trace order. False, and nothing
  // done, when the chart is neither drawn nor being drawn (or its element is gone): the caller then draws the figure.
  restyle(update) {
    if (!this.#onPage() || (this.#draws === 0 && !Array.isArray(this.#el.data))) return false;
    this.#then(async (el) => {
      if (!Array.isArray(el.data)) return;
      currentBaseUrl(el);
      await (await plotly()).restyle(el, update, el.data.map((_, i) => i));
    });
    return true;
  }

  // Saves the drawn chart as a slide-sized image: PNG at 1920×1080 (a 960×540 layout at scale 2, so the text keeps
  // its on-screen size relative to the chart) or SVG, which stays sharp at any size. False when nothing is drawn.
  download(format, fileName) {
    return this.#then(async (el) => {
      if (!Array.isArray(el.data)) return false;
      const options = { format: format, width: 960, height: 540, scale: format === "png" ? 2 : 1, filename: fileName };
      await (await plotly()).downloadImage(el, options);
      return true;
    }).then((done) => done === true, () => false);
  }

  // Frees what plotly holds for the chart (its resize listener, its data), also when the element has left the page.
  // Calls still queued are dropped.
  purge() {
    this.#purged = true;
    this.#queue = this.#queue.then(() => { if (window.Plotly && this.#el) window.Plotly.purge(this.#el); }).catch((e) => console.error(e));
  }
}

export function chart(el, clicks) {
  return new Chart(el, clicks);
}
