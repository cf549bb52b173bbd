// Saves text (a CSV table) as a file without a round trip to the server.
window.aggloDownload = function (fileName, text, mimeType) {
  const blob = new Blob(["\uFEFF" + text], { type: mimeType || "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
};
