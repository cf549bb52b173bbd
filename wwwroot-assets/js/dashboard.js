// Saves a download made in the page without a round trip to the server.
function aggloSave(fileName, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

// Text (a CSV table), with a BOM so spreadsheets read it as UTF-8.
window.aggloDownload = function (fileName, text, mimeType) {
  aggloSave(fileName, new Blob(["\uFEFF" + text], { type: mimeType || "text/csv;charset=utf-8" }));
};

// A workbook streamed by the server (a DotNetStreamReference), read whole before saving.
window.aggloDownloadStream = async function (fileName, streamRef, mimeType) {
  const buffer = await streamRef.arrayBuffer();
  aggloSave(fileName, new Blob([buffer], { type: mimeType }));
};

// Saves a drawn Plotly chart as a slide-sized image: PNG at 1920×1080 (a 960×540 layout at scale 2, so the text
// keeps its on-screen size relative to the chart) or SVG, which stays sharp at any size.
window.aggloDownloadChart = function (elementId, format, fileName) {
  const el = document.getElementById(elementId);
  if (!el || !window.Plotly) return Promise.resolve(false);
  return window.Plotly.downloadImage(el, { format: format, width: 960, height: 540, scale: format === "png" ? 2 : 1, filename: fileName })
    .then(() => true, () => false);
};

// Plotly.Blazor loads plotly.js on first use and queues the calls made before it arrives, then runs the queue in one
// loop. Two things go wrong when plotly.js arrives late: a queued chart whose page was left meanwhile throws ("No DOM
// element") and so drops every chart queued after it, those of the page the user went to; and a queued react or purge
// that follows a queued newPlot of the same chart restarts or clears it mid-draw. So every call on a chart skips a
// chart whose element is gone, and one chart's calls run one after the other. The wrap is installed the moment
// plotly.js defines window.Plotly.
(function () {
  let plotly = window.Plotly;
  const drawing = new WeakMap();
  const oneAtATime = (fn) => function (gd, ...rest) {
    const el = typeof gd === "string" ? document.getElementById(gd) : gd;
    if (!el) return Promise.resolve();
    const previous = drawing.get(el);
    const run = () => (el.isConnected ? fn.call(this, el, ...rest) : undefined);
    const next = previous ? previous.then(run) : Promise.resolve(run());
    drawing.set(el, next.catch(() => undefined));
    return next;
  };
  Object.defineProperty(window, "Plotly", {
    configurable: true,
    get: () => plotly,
    set: (value) => {
      if (value && !value.__aggloWrapped) {
        for (const name of ["newPlot", "react", "purge", "restyle", "relayout", "update", "extendTraces", "prependTraces", "addTraces", "deleteTraces"]) {
          if (typeof value[name] === "function") value[name] = oneAtATime(value[name]);
        }
        value.__aggloWrapped = true;
      }
      plotly = value;
    },
  });
  if (plotly) window.Plotly = plotly;
})();
