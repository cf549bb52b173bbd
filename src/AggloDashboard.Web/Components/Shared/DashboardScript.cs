using System.Text;
using Microsoft.JSInterop;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>
/// The dashboard's ES module (<c>wwwroot-assets/js/dashboard.js</c>): downloads saved by the browser. The browser loads
/// it on the first import and returns that same module instance to every later one.
/// </summary>
public static class DashboardScript
{
    public const string Path = "./js/dashboard.js";

    public const string CsvMime = "text/csv;charset=utf-8";

    // With a byte-order mark, so spreadsheets read a CSV's Chinese names as UTF-8.
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static ValueTask<IJSObjectReference> ImportAsync(this IJSRuntime js) => js.InvokeAsync<IJSObjectReference>("import", Path);

    /// <summary>
    /// Saves <paramref name="text"/> as a file (a CSV table unless <paramref name="mimeType"/> says otherwise), UTF-8
    /// with a byte-order mark, streamed to the browser rather than sent as one message over the circuit.
    /// </summary>
    public static async Task DownloadAsync(this IJSRuntime js, string fileName, string text, string mimeType = CsvMime, CancellationToken ct = default)
    {
        var bytes = new MemoryStream();
        bytes.Write(Utf8WithBom.GetPreamble());
        bytes.Write(Utf8WithBom.GetBytes(text));
        bytes.Position = 0;
        using var stream = new DotNetStreamReference(bytes);
        await js.DownloadStreamAsync(fileName, stream, mimeType, ct);
    }

    /// <summary>Saves a file the server streams (a workbook, a text), read whole in the browser.</summary>
    public static async Task DownloadStreamAsync(this IJSRuntime js, string fileName, DotNetStreamReference stream, string mimeType, CancellationToken ct)
    {
        await using var module = await js.ImportAsync();
        await module.InvokeVoidAsync("downloadStream", ct, fileName, stream, mimeType);
    }
}
