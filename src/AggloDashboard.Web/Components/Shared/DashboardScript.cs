using Microsoft.JSInterop;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>
/// The dashboard's ES module (<c>wwwroot-assets/js/dashboard.js</c>): downloads saved by the browser. The browser loads
/// it on the first import and returns that same module instance to every later one.
/// </summary>
public static class DashboardScript
{
    public const string Path = "./js/dashboard.js";

    public static ValueTask<IJSObjectReference> ImportAsync(this IJSRuntime js) => js.InvokeAsync<IJSObjectReference>("import", Path);

    /// <summary>Saves <paramref name="text"/> as a file (a CSV table unless <paramref name="mimeType"/> says otherwise).</summary>
    public static async Task DownloadAsync(this IJSRuntime js, string fileName, string text, string? mimeType = null)
    {
        await using var module = await js.ImportAsync();
        await module.InvokeVoidAsync("download", fileName, text, mimeType);
    }

    /// <summary>Saves a file the server streams (a workbook), read whole in the browser.</summary>
    public static async Task DownloadStreamAsync(this IJSRuntime js, string fileName, DotNetStreamReference stream, string mimeType, CancellationToken ct)
    {
        await using var module = await js.ImportAsync();
        await module.InvokeVoidAsync("downloadStream", ct, fileName, stream, mimeType);
    }
}
