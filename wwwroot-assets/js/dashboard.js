// The dashboard's downloads made in the browser, an ES module that components import through IJSRuntime
// (DashboardScript). Charts have their own module, collocated with ChartView.

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

// Text (a CSV table), with a BOM so spreadsheets read it as UTF-8.
export function download(fileName, text, mimeType) {
  save(fileName, new Blob(["\uFEFF" + text], { type: mimeType || "text/csv;charset=utf-8" }));
}

// A workbook streamed by the server (a DotNetStreamReference), read whole before saving.
export async function downloadStream(fileName, streamRef, mimeType) {
  const buffer = await streamRef.arrayBuffer();
  save(fileName, new Blob([buffer], { type: mimeType }));
}
