using AggloDashboard.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Cli.Tests;

public class ImportExportCommandTests
{
    private static string ActiveHash(string db)
    {
        using var services = new ServiceCollection().AddDatasetStore(db).BuildServiceProvider();
        var hash = services.GetRequiredService<DatasetStore>().GetActiveAsync(CancellationToken.None).GetAwaiter().GetResult()?.ContentHash;
        SqliteConnection.ClearAllPools();
        return hash ?? "";
    }

    private static string SeededStore(TempFolder temp)
    {
        var db = temp.File("agglo.db");
        var run = CliRun.Of("import", "--db", db, "--data", RepoPaths.SeedData, "--activate");
        Assert.True(run.ExitCode == 0, run.Error);
        return db;
    }

    [Theory]
    [InlineData("panel.csv")]
    [InlineData("dataset.xlsx")]
    public void Export_then_import_as_the_whole_panel_gives_the_same_content_hash(string fileName)
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);
        var seedHash = ActiveHash(db);
        Assert.Equal(0, CliRun.Of("export", "--db", db, "--out", temp.File(fileName)).ExitCode);
        File.WriteAllText(temp.File("edit.csv"), "region_code,year,indicator,value\n220100,2023,emp.total,1\n");
        Assert.Equal(0, CliRun.Of("import", "--db", db, "--file", temp.File("edit.csv"), "--activate").ExitCode);
        Assert.NotEqual(seedHash, ActiveHash(db));

        var run = CliRun.Of("import", "--db", db, "--file", temp.File(fileName), "--mode", "replace-all", "--activate", "--user", "alice");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("0 new, 1 changed, 0 removed", run.Output);
        Assert.Contains("added version #3", run.Output);
        Assert.Equal(seedHash, ActiveHash(db));
    }

    [Fact]
    public void Import_of_a_file_with_errors_prints_each_problem_and_stores_nothing()
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);
        var hash = ActiveHash(db);
        File.WriteAllText(temp.File("bad.csv"), "region_code,year,indicator,value\n229900,2023,emp.total,1\n220100,2023,emp.total,abc\n");

        var run = CliRun.Of("import", "--db", db, "--file", temp.File("bad.csv"), "--activate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.csv:2: column 'region_code': '229900' is not a code in regions.csv", run.Error);
        Assert.Contains("bad.csv:3: column 'value': 'abc' is not a number", run.Error);
        Assert.Contains("nothing was stored", run.Error);
        Assert.Equal(hash, ActiveHash(db));
    }

    [Fact]
    public void A_yearbook_dry_run_prints_the_mapping_and_a_mapping_file_changes_it()
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);
        File.WriteAllText(temp.File("2022.csv"), "城市,城镇单位就业人员,研发强度\n长春市,151,2.5\n");

        var dry = CliRun.Of("import", "--db", db, "--file", temp.File("2022.csv"), "--shape", "yearbook", "--dry-run");
        File.WriteAllLines(temp.File("map.csv"), ["header,indicator", "城镇单位就业人员,emp.total", "研发强度,inn.rd_personnel"]);
        var mapped = CliRun.Of("import", "--db", db, "--file", temp.File("2022.csv"), "--shape", "yearbook", "--mapping", temp.File("map.csv"), "--dry-run");

        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("城镇单位就业人员,emp.total", dry.Output);
        Assert.Contains("研发强度,\n", dry.Output.Replace("\r", ""));
        Assert.Contains("1 values", dry.Output);
        Assert.Contains("dry run", dry.Output);
        Assert.Contains("2 values", mapped.Output);
    }

    [Fact]
    public void A_printed_yearbook_workbook_imports_with_its_shape_detected_and_no_mapping()
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);
        var hash = ActiveHash(db);
        var book = Path.Combine(RepoPaths.SeedData, "examples", "jilin-statistical-yearbook-example.xlsx");

        var run = CliRun.Of("import", "--db", db, "--file", book, "--activate");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("2023年: year 2023 (sheet name); rows 1-2 skipped: title, unit line; header: rows 3-4; total (checked, not imported): row 5; data: rows 6-14; footnote: rows 15-16", run.Output);
        Assert.Contains("  C4 城镇非私营单位从业人员 / 制造业 -> emp.manufacturing [Chinese name]; unit 人 (unit line); 人 → 万人 ÷10,000", run.Output);
        Assert.Contains("  B4 城镇非私营单位从业人员 / 合计 -> emp.total [total of its group]", run.Output);
        Assert.Contains("0 new, 2 changed, 0 removed", run.Output);
        Assert.Contains("now active", run.Output);
        Assert.NotEqual(hash, ActiveHash(db));
    }

    [Fact]
    public void The_district_columns_of_a_city_yearbook_table_are_read_with_area_district()
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);
        var book = Path.Combine(RepoPaths.SeedData, "examples", "city-statistical-yearbooks-example.xlsx");

        var city = CliRun.Of("import", "--db", db, "--file", book, "--sheet", "2023", "--dry-run");
        var district = CliRun.Of("import", "--db", db, "--file", book, "--sheet", "2023", "--area", "district", "--dry-run");

        Assert.True(city.ExitCode == 0, city.Error);
        Assert.Contains("0 new, 0 changed, 0 removed", city.Output);
        Assert.Contains("[市辖区] -> (not imported) -- other area, skipped", city.Output);
        Assert.Contains("0 new, 24 changed, 0 removed", district.Output);
    }

    [Fact]
    public void A_printed_table_with_an_unknown_place_prints_sheet_row_and_text_and_stores_nothing()
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);
        var hash = ActiveHash(db);
        File.WriteAllText(temp.File("2023.csv"), "各市州主要指标\n单位：万人\n地区,制造业\n长春市,25\n长春新区,3\n注：示例\n");

        var run = CliRun.Of("import", "--db", db, "--file", temp.File("2023.csv"), "--activate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2023.csv:5: column '地区': '长春新区' is not a city of the dataset", run.Error);
        Assert.Contains("nothing was stored", run.Error);
        Assert.Equal(hash, ActiveHash(db));
    }

    [Fact]
    public void Export_to_a_folder_writes_the_dataset_folder_and_the_metric_tables_with_numbers_untouched()
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);

        var run = CliRun.Of("export", "--db", db, "--out", temp.File("out"), "--metrics");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("region_code,year,metric,value\n", File.ReadAllText(temp.File("out/region_metrics.csv")));
        Assert.True(File.Exists(temp.File("out/panel.csv")));
        Assert.DoesNotContain("'", File.ReadAllText(temp.File("out/region_metrics.csv")));
    }

    [Fact]
    public async Task User_add_stores_a_hashed_password_from_an_environment_variable()
    {
        using var temp = new TempFolder();
        var db = temp.File("agglo.db");
        var variable = "AGGLO_TEST_PW_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "correct horse battery");
        try
        {
            var run = CliRun.Of("user", "add", "--db", db, "--name", "admin", "--password-env", variable);
            var again = CliRun.Of("user", "add", "--db", db, "--name", "ADMIN", "--password-env", variable);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("added administrator 'admin'", run.Output);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("already exists", again.Error);
            using var services = new ServiceCollection().AddDatasetStore(db).BuildServiceProvider();
            var users = services.GetRequiredService<UserStore>();
            Assert.Equal(SignInStatus.Succeeded, (await users.SignInAsync("admin", "correct horse battery", "test", CancellationToken.None)).Status);
            Assert.Equal(SignInStatus.Failed, (await users.SignInAsync("admin", "wrong password!", "test", CancellationToken.None)).Status);
            Assert.DoesNotContain("correct horse battery", File.ReadAllText(db, System.Text.Encoding.Latin1));
            SqliteConnection.ClearAllPools();
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void User_add_refuses_a_short_password_and_a_missing_variable()
    {
        using var temp = new TempFolder();
        var variable = "AGGLO_TEST_PW_" + Guid.NewGuid().ToString("N");
        Assert.Contains("is not set", CliRun.Of("user", "add", "--db", temp.File("a.db"), "--name", "x", "--password-env", variable).Error);
        Environment.SetEnvironmentVariable(variable, "short");
        try
        {
            var run = CliRun.Of("user", "add", "--db", temp.File("a.db"), "--name", "x", "--password-env", variable);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("at least 12 characters", run.Error);
            SqliteConnection.ClearAllPools();
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
