using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Import;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace AggloDashboard.Web.Components.Pages;

/// <summary>Upload a table, review how it was read and what would change, then commit it as a new version.</summary>
public partial class Import : IDisposable
{
    [Inject] private DataManagementService Management { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }
    private string? _fileName;
    private byte[]? _content;
    private string? _fileError;
    private ImportShape _shape = ImportShape.Detect;
    private ImportArea _area = ImportArea.City;
    private ImportMode _mode = ImportMode.Update;
    private int? _year;
    private string? _sheets;
    private bool _busy;
    private ImportProgress? _progress;
    private CancellationTokenSource? _previewCancellation;
    private ImportPreview? _preview;
    private IndicatorMapping _mapping = new();
    private IReadOnlyList<Indicator> _indicators = [];
    private AggloDashboard.Data.Store.DatasetVersion? _committed;
    private string? _commitError;

    protected override async Task OnParametersSetAsync()
    {
        _indicators = (await Data.GetCurrentAsync()).Dataset.Indicators;
    }

    private async Task OnFileChosenAsync(InputFileChangeEventArgs e)
    {
        _fileError = null;
        _preview = null;
        _committed = null;
        _content = null;
        _mapping = new IndicatorMapping();
        var extension = Path.GetExtension(e.File.Name).ToLowerInvariant();
        if (!ImportLimits.Extensions.Contains(extension))
        {
            _fileError = $"{e.File.Name}: {T("import.badType")}";
            return;
        }

        var maxBytes = Management.ImportLimits.MaxBytes;
        if (e.File.Size > maxBytes)
        {
            _fileError = $"{e.File.Name}: {string.Format(Lang.Culture(), T("import.tooLarge"), ImportLimits.Megabytes(maxBytes))}";
            return;
        }

        using var buffer = new MemoryStream();
        await using (var stream = e.File.OpenReadStream(maxBytes))
        {
            await stream.CopyToAsync(buffer);
        }

        _fileName = e.File.Name;
        _content = buffer.ToArray();
    }

    private async Task PreviewAsync()
    {
        if (_content is null || _fileName is null)
        {
            return;
        }

        _busy = true;
        _commitError = null;
        _committed = null;
        _progress = null;
        _previewCancellation = new CancellationTokenSource();
        var progress = new Progress<ImportProgress>(p =>
        {
            _progress = p;
            _ = InvokeAsync(StateHasChanged);
        });
        try
        {
            var sheets = (_sheets ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var request = new ImportRequest(_fileName, _content, _shape, _mode, sheets, _year, _shape == ImportShape.Long ? null : _mapping, _area);
            _preview = await Management.PreviewAsync(await UserAsync(), request, _previewCancellation.Token, progress);
            _mapping = _preview.Mapping.Clone();
        }
        catch (OperationCanceledException)
        {
            _preview = null;
        }
        finally
        {
            _busy = false;
            _progress = null;
            _previewCancellation.Dispose();
            _previewCancellation = null;
        }
    }

    private void CancelPreview() => _previewCancellation?.Cancel();

    public void Dispose() => _previewCancellation?.Cancel();

    private string ProgressText(ImportProgress p) =>
        string.Format(Lang.Culture(), T(p.Parsing ? "import.progress.parsing" : "import.progress.reading"), p.Sheet, p.SheetCount, p.SheetName ?? "");

    private async Task CommitAsync()
    {
        if (_preview is null)
        {
            return;
        }

        _busy = true;
        try
        {
            _committed = await Management.CommitAsync(await UserAsync(), _preview, CancellationToken.None);
            _preview = null;
            _content = null;
        }
        catch (Exception e) when (e is ImportRefusedException or UnauthorizedAccessException)
        {
            _commitError = e.Message;
        }
        catch (Data.Store.StoreUnavailableException e)
        {
            _commitError = StoreFaultText.For(e.Fault, Lang);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new() : (await AuthenticationState).User;

    private IEnumerable<(string Kind, ValueChange Change)> Rows(DatasetDiff diff) =>
        diff.Added.Select(c => (T("import.added"), c))
            .Concat(diff.Changed.Select(c => (T("import.changed"), c)))
            .Concat(diff.Removed.Select(c => (T("import.removed"), c)));

    private static string Format(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
