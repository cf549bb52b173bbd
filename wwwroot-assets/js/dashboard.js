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

// Bytes sent by the server (a workbook or a zip).
window.aggloDownloadBytes = function (fileName, bytes, mimeType) {
  aggloSave(fileName, new Blob([bytes], { type: mimeType }));
};

// Saves a drawn Plotly chart as a slide-sized image: PNG at 1920×1080 (a 960×540 layout at scale 2, so the text
// keeps its on-screen size relative to the chart) or SVG, which stays sharp at any size.
window.aggloDownloadChart = function (elementId, format, fileName) {
  const el = document.getElementById(elementId);
  if (!el || !window.Plotly) return Promise.resolve(false);
  return window.Plotly.downloadImage(el, { format: format, width: 960, height: 540, scale: format === "png" ? 2 : 1, filename: fileName })
    .then(() => true);
};
