namespace AggloDashboard.Data.Tests.Boundaries;

/// <summary>The checkout the tests run from, found by walking up from the test binaries to AggloDashboard.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "AggloDashboard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no AggloDashboard.sln above {AppContext.BaseDirectory}");
    }
}
