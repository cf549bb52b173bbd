using System.Diagnostics;

namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>Runs the built command line, failing with its output when it exits with an error.</summary>
public static class CliRunner
{
    public static async Task RunAsync(string cliDll, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(cliDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"agglo {string.Join(' ', info.ArgumentList.Skip(1))} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }
}
