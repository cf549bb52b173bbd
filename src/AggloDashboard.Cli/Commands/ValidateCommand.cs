using System.CommandLine;

namespace AggloDashboard.Cli.Commands;

/// <summary><c>validate --data DIR</c>: every problem of a dataset folder, or its counts when it is valid.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var data = DatasetOptions.Data();
        var command = new Command("validate",
            "Check a dataset folder and print every problem found (file:line: column: what is wrong). " +
            "Exits 1 when there is any error; warnings alone keep it valid.")
        {
            data,
        };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(data)!;
            var stdout = parsed.InvocationConfiguration.Output;
            var read = DatasetOptions.ReadReporting(folder, stdout);
            var errors = read.Problems.Count(p => p.Severity == Data.Validation.ProblemSeverity.Error);
            if (!read.IsValid)
            {
                stdout.WriteLine($"{folder.Name} is NOT valid: {errors} error(s), {read.Problems.Count - errors} warning(s).");
                return CliRunner.Failure;
            }

            stdout.WriteLine($"{folder.Name} is valid: {read.Summary}; {read.Problems.Count} warning(s).");
            return 0;
        });
        return command;
    }
}
