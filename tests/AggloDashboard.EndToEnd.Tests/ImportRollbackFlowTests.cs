using System.Globalization;
using AggloDashboard.EndToEnd.Tests.Infrastructure;
using MiniExcelLibs;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>
/// An administrator uploads the seed panel as .xlsx with one value changed, reviews and commits it, sees every page
/// switch to the new version, rolls back on /versions and deletes the imported version. Runs on an app of its own:
/// the shared app keeps the seed.
/// </summary>
[Collection(AdminAppCollection.Name)]
public sealed class ImportRollbackFlowTests(AdminAppFixture fixture)
{
    private const string City = "220100";
    private const int Year = 2023;
    private const string Indicator = "emp.total";
    private const double NewValue = 90.57;

    // Uploading, reading and diffing ~4,400 values takes seconds when the other end-to-end tests share the 2 cores.
    private const float Slow = 60_000;

    private static string CellUrl => $"/data?city={City}&year={Year}&indicator={Indicator}&lang=en";

    /// <summary>The seed panel in the long format, with <see cref="City"/>'s <see cref="Indicator"/> in <see cref="Year"/> set to <see cref="NewValue"/>.</summary>
    private static (string Path, double OldValue) EditedSeedWorkbook()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.FindRoot(), "seed-data", "panel.csv")).Skip(1);
        var old = double.NaN;
        var rows = new List<IDictionary<string, object?>>();
        foreach (var cells in lines.Select(l => l.Split(',')).Where(c => c[3].Length > 0))
        {
            var value = double.Parse(cells[3], CultureInfo.InvariantCulture);
            if (cells[0] == City && cells[1] == Year.ToString(CultureInfo.InvariantCulture) && cells[2] == Indicator)
            {
                old = value;
                value = NewValue;
            }

            rows.Add(new Dictionary<string, object?>
            {
                ["region_code"] = cells[0],
                ["year"] = int.Parse(cells[1], CultureInfo.InvariantCulture),
                ["indicator"] = cells[2],
                ["value"] = value,
            });
        }

        var path = Path.Combine(Path.GetTempPath(), $"agglo-e2e-edit-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, rows);
        return (path, old);
    }

    private static async Task<string> ShownValueAsync(BrowserSession session)
    {
        await session.OpenPageAsync(CellUrl);
        var cell = session.Page.GetByTestId("cell-value");
        await Assertions.Expect(cell).ToHaveCountAsync(1, new() { Timeout = Slow });
        return await cell.InnerTextAsync();
    }

    [Fact]
    public async Task An_administrator_imports_a_workbook_commits_it_rolls_back_and_deletes_it()
    {
        var (workbook, oldValue) = EditedSeedWorkbook();
        try
        {
            await using var session = await fixture.OpenAsync(nameof(An_administrator_imports_a_workbook_commits_it_rolls_back_and_deletes_it));
            var page = session.Page;

            await AdminAppFixture.SignInAsAdministratorAsync(session);
            await session.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("dataset-version")).ToContainTextAsync("#1");
            Assert.Equal(oldValue.ToString("G10", CultureInfo.GetCultureInfo("en-US")), await ShownValueAsync(session));

            await page.GetByTestId("nav-import").ClickAsync();
            await session.WaitForPathAsync("/import");
            await page.GetByTestId("import-file").SetInputFilesAsync(workbook);
            await Assertions.Expect(page.GetByTestId("import-preview")).ToBeEnabledAsync(new() { Timeout = Slow });
            await page.GetByTestId("import-preview").ClickAsync();
            await Assertions.Expect(page.GetByTestId("import-diff")).ToHaveTextAsync("0 new, 1 changed, 0 removed", new() { Timeout = Slow });
            await Assertions.Expect(page.GetByTestId("import-problems")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("import-changes")).ToContainTextAsync(NewValue.ToString(CultureInfo.InvariantCulture));
            await session.ScreenshotAsync("preview");

            await page.GetByTestId("import-commit").ClickAsync();
            await Assertions.Expect(page.GetByTestId("import-committed")).ToContainTextAsync("#2", new() { Timeout = Slow });
            // The chip follows the commit on this page, without a navigation.
            await Assertions.Expect(page.GetByTestId("dataset-version")).ToContainTextAsync("#2");
            Assert.Equal(NewValue.ToString("G10", CultureInfo.GetCultureInfo("en-US")), await ShownValueAsync(session));

            await session.OpenPageAsync("/versions?lang=en");
            await Assertions.Expect(page.GetByTestId("version-active-2")).ToBeVisibleAsync();
            await page.GetByTestId("activate-1").ClickAsync();
            await Assertions.Expect(page.GetByTestId("version-active-1")).ToBeVisibleAsync(new() { Timeout = Slow });
            await Assertions.Expect(page.GetByTestId("versions-showing")).ToContainTextAsync("#1");
            await Assertions.Expect(page.GetByTestId("dataset-version")).ToContainTextAsync("#1");
            await session.ScreenshotAsync("rolled-back");

            Assert.Equal(oldValue.ToString("G10", CultureInfo.GetCultureInfo("en-US")), await ShownValueAsync(session));

            await session.OpenPageAsync("/versions?lang=en");
            await Assertions.Expect(page.GetByTestId("delete-1")).ToHaveCountAsync(0);
            await page.GetByTestId("delete-2").ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("version-2")).ToHaveCountAsync(0, new() { Timeout = Slow });
            await Assertions.Expect(page.GetByTestId("audit-log")).ToContainTextAsync("delete");
            await Assertions.Expect(page.GetByTestId("version-active-1")).ToBeVisibleAsync();
            session.AssertClean();
        }
        finally
        {
            File.Delete(workbook);
        }
    }
}
