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
