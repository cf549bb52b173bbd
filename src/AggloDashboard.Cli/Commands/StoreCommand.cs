using System.CommandLine;
using AggloDashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Cli.Commands;

/// <summary>
/// <c>store copy --from sqlite:FILE --to postgres:CONNECTION</c> (or back): moves a whole store between engines;
/// <c>store migrate</c>: applies this build's migrations, once, before the instances of an upgrade start.
/// </summary>
internal static class StoreCommand
{
    public static Command Create() => new("store", "Work on a whole store.") { Copy(), Migrate() };

    private static Command Migrate()
    {
        var db = StoreSession.StoreOptions();
        var migrate = new Command("migrate",
            "Apply this build's migrations to the store (creating it when new), as the dashboard does at start; with several " +
            "instances run it once before starting the new build.") { db };
        migrate.SetAction(parsed =>
        {
            using var session = StoreSession.Open(parsed, db);
            using var context = session.Contexts.CreateDbContext();
            var applied = context.Database.GetAppliedMigrations().ToList();
            parsed.InvocationConfiguration.Output.WriteLine(
                $"{session.Location.Display} has all {applied.Count} migrations of this build (the latest: {applied.LastOrDefault() ?? "none"})");
            return 0;
        });
        return migrate;
    }

    private static Command Copy()
    {
        var from = new Option<string>("--from") { Description = "The store to copy: sqlite:FILE or postgres:CONNECTION-STRING.", Required = true };
        var to = new Option<string>("--to")
        {
            Description = "An empty store to copy into (created and migrated when new): sqlite:FILE or postgres:CONNECTION-STRING.",
            Required = true,
        };
        var copy = new Command("copy",
            "Copy every dataset version, user, story and the audit log into an empty store, in one transaction on the target, " +
            "and check every version's content hash there. Both stores are migrated to this version of the app first.")
        {
            from, to,
        };
        copy.SetAction(parsed =>
        {
            var source = Location(parsed.GetValue(from)!, "--from");
            var target = Location(parsed.GetValue(to)!, "--to");
            if (source == target)
                throw new CliException("--from and --to name the same store");
            if (source.IsSqlite && !File.Exists(source.Target))
                throw new CliException($"--from: there is no file '{source.Target}'");

            var output = parsed.InvocationConfiguration.Output;
            using var sourceSession = StoreSession.Open(source);
            using var targetSession = StoreSession.Open(target);
            StoreCopyReport report;
            try
            {
                report = StoreCopy.CopyAsync(sourceSession.Contexts, targetSession.Contexts, output.WriteLine, CancellationToken.None)
                    .GetAwaiter().GetResult();
            }
            catch (StoreCopyException e)
            {
                throw new CliException(e.Message);
            }

            output.WriteLine($"copied {report.Versions.Count} version(s) with matching content hashes, {report.Users} user(s), " +
                             $"{report.Stories} story(ies) and {report.AuditEntries} audit entries from {source.Display} to {target.Display}");
            return 0;
        });
        return copy;
    }

    private static StoreLocation Location(string text, string option)
    {
        try
        {
            var location = StoreLocation.Parse(text);
            return location.IsSqlite ? StoreLocation.Sqlite(Path.GetFullPath(location.Target)) : location;
        }
        catch (ArgumentException e)
        {
            throw new CliException($"{option}: {e.Message}");
        }
    }
}
