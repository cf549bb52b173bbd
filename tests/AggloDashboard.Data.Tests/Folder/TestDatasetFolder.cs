using AggloDashboard.Data.Folder;

namespace AggloDashboard.Data.Tests.Folder;

/// <summary>A copy of a fixture folder in a temporary directory, for a test to break one file of and read.</summary>
internal sealed class TestDatasetFolder : IDisposable
{
    private TestDatasetFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>A copy of <c>Fixtures/small-valid</c>: 1 province, 3 prefectures, 7 indicators, 2019-2020, no problems.</summary>
    public static TestDatasetFolder CopyOfSmallValid() => CopyOf("small-valid");

    public static TestDatasetFolder CopyOf(string fixtureName)
    {
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", fixtureName);
        var target = Empty();
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target.Path, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public static TestDatasetFolder Empty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "agglo-reader-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TestDatasetFolder(path);
    }

    public string FilePath(string file) => System.IO.Path.Combine(Path, file);

    public void Write(string file, string text) => File.WriteAllText(FilePath(file), text);

    public void Delete(string file) => File.Delete(FilePath(file));

    /// <summary>Appends <paramref name="text"/> as the file's last line and returns that line's number.</summary>
    public int AppendLine(string file, string text)
    {
        var lines = File.ReadAllLines(FilePath(file)).ToList();
        lines.Add(text);
        File.WriteAllText(FilePath(file), string.Join('\n', lines) + '\n');
        return lines.Count;
    }

    /// <summary>Replaces line <paramref name="lineNumber"/> (1-based, the header is line 1).</summary>
    public void ReplaceLine(string file, int lineNumber, string text)
    {
        var lines = File.ReadAllLines(FilePath(file));
        lines[lineNumber - 1] = text;
        File.WriteAllText(FilePath(file), string.Join('\n', lines) + '\n');
    }

    public void Edit(string file, Func<string, string> change) => Write(file, change(File.ReadAllText(FilePath(file))));

    public DatasetReadResult Read() => DatasetFolderReader.Read(Path);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
