namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>Finds the repository and the built web app from wherever the tests or the probe run.</summary>
public static class RepoPaths
{
    public const string SolutionFile = "AggloDashboard.sln";

    /// <summary>The folder holding AggloDashboard.sln, found by walking up from <paramref name="start"/>.</summary>
    public static string FindRoot(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"{SolutionFile} was not found above {start ?? AppContext.BaseDirectory}.");
    }

    /// <summary>The web app's dll as built in <paramref name="configuration"/> (Debug or Release).</summary>
    public static string WebDll(string root, string configuration) =>
        Path.Combine(root, "src", "AggloDashboard.Web", "bin", configuration, "net10.0", "AggloDashboard.Web.dll");

    /// <summary>The command line's dll as built in <paramref name="configuration"/>.</summary>
    public static string CliDll(string root, string configuration) =>
        Path.Combine(root, "src", "AggloDashboard.Cli", "bin", configuration, "net10.0", "agglo.dll");
}
