namespace AggloDashboard.Data.Export;

/// <summary>
/// Writes a set of files into a staging folder beside the destination and moves them into place only when all
/// were written, so a failure never leaves a partial output file behind.
/// </summary>
public static class AtomicFileSet
{
    public static void Write(string destinationFolder, IReadOnlyDictionary<string, Action<TextWriter>> files)
    {
        Directory.CreateDirectory(destinationFolder);
        var staging = Path.Combine(destinationFolder, ".staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var (name, write) in files)
            {
                using var writer = new StreamWriter(Path.Combine(staging, name), false, Utf8NoBom);
                writer.NewLine = "\n";
                write(writer);
            }

            foreach (var name in files.Keys)
            {
                File.Move(Path.Combine(staging, name), Path.Combine(destinationFolder, name), overwrite: true);
            }
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
}
