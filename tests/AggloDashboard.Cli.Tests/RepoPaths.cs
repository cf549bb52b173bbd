namespace AggloDashboard.Cli.Tests;

internal static class RepoPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds AggloDashboard.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string SeedData => Path.Combine(Root, "seed-data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AggloDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AggloDashboard.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder deleted with the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("agglo-cli-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliRunner.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
