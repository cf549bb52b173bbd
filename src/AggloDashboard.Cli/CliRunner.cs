using System.CommandLine;
using AggloDashboard.Cli.Commands;

namespace AggloDashboard.Cli;

/// <summary>Runs the command line so that no exception reaches the user as a stack trace.</summary>
public static class CliRunner
{
    public const int Failure = 1;

    public static RootCommand CreateRoot() =>
        new("AggloDashboard: agglomeration, innovation coordination and coupling metrics for a region's cities.")
        {
            ComputeCommand.Create(),
            ValidateCommand.Create(),
            GenerateCommand.Create(),
            DecodeEChartsCommand.Create(),
            ImportCommand.Create(),
            ExportCommand.Create(),
            UserCommand.Create(),
            BackupCommand.CreateBackup(),
            BackupCommand.CreateRestore(),
            StoreCommand.Create(),
        };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var parsed = CreateRoot().Parse(args);
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // Users get the message, never a stack trace; CliException messages are written for them.
            error.WriteLine($"error: {e.Message}");
            return Failure;
        }
    }
}

/// <summary>A failure whose message is meant for the user as it is.</summary>
public sealed class CliException(string message) : Exception(message);
