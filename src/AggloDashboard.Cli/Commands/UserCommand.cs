using System.CommandLine;
using AggloDashboard.Data.Store;

namespace AggloDashboard.Cli.Commands;

/// <summary>
/// <c>user add|passwd|remove|sessions</c>: the people who can sign in to the dashboard. Only a hash of a password is
/// stored; every change is in the audit log.
/// </summary>
internal static class UserCommand
{
    public static Command Create() =>
        new("user", "Manage the users who can sign in to the dashboard.") { Add(), Passwd(), Remove(), Sessions() };

    private static Command Add()
    {
        var db = StoreSession.StoreOptions();
        var name = NameOption();
        var passwordEnv = PasswordEnvOption();
        var viewer = new Option<bool>("--viewer") { Description = "May only browse (when browsing requires sign-in); by default the user is an administrator." };
        var add = new Command("add", $"Add a user; administrators may import datasets and activate versions. {RuleText}") { db, name, passwordEnv, viewer };
        add.SetAction(parsed => Run(parsed, db, session =>
        {
            var password = ReadPassword(parsed.GetValue(passwordEnv), parsed.InvocationConfiguration.Output);
            var user = session.Users.AddAsync(parsed.GetValue(name)!, password, !parsed.GetValue(viewer),
                StoreSession.CliUser(null), CancellationToken.None).GetAwaiter().GetResult();
            return $"added {(user.IsAdministrator ? "administrator" : "viewer")} '{user.UserName}'";
        }));
        return add;
    }

    private static Command Passwd()
    {
        var db = StoreSession.StoreOptions();
        var name = NameOption();
        var passwordEnv = PasswordEnvOption();
        var passwd = new Command("passwd", $"Set a user's password; lifts a lock and signs out the user's open sessions. {RuleText}") { db, name, passwordEnv };
        passwd.SetAction(parsed => Run(parsed, db, session =>
        {
            var password = ReadPassword(parsed.GetValue(passwordEnv), parsed.InvocationConfiguration.Output);
            session.Users.ChangePasswordAsync(parsed.GetValue(name)!, password, StoreSession.CliUser(null), CancellationToken.None)
                .GetAwaiter().GetResult();
            return $"changed the password of '{parsed.GetValue(name)!.Trim()}'; their sessions are signed out";
        }));
        return passwd;
    }

    private static Command Remove()
    {
        var db = StoreSession.StoreOptions();
        var name = NameOption();
        var remove = new Command("remove", "Remove a user; their open sessions end. The last administrator cannot be removed.") { db, name };
        remove.SetAction(parsed => Run(parsed, db, session =>
        {
            session.Users.RemoveAsync(parsed.GetValue(name)!, StoreSession.CliUser(null), CancellationToken.None).GetAwaiter().GetResult();
            return $"removed '{parsed.GetValue(name)!.Trim()}'";
        }));
        return remove;
    }

    private static Command Sessions()
    {
        var db = StoreSession.StoreOptions();
        var name = new Option<string?>("--name") { Description = "Only this user's sessions; by default every user's." };
        var revoke = new Option<bool>("--revoke") { Description = "Sign the sessions out (required, so that nothing is revoked by accident)." };
        var sessions = new Command("sessions", "Sign out every open session of a user, or of everyone: their cookies stop working at the next request.")
        {
            db, name, revoke,
        };
        sessions.SetAction(parsed => Run(parsed, db, session =>
        {
            if (!parsed.GetValue(revoke))
            {
                throw new CliException("nothing done: add --revoke to sign the sessions out");
            }

            var revoked = session.Users.RevokeSessionsAsync(parsed.GetValue(name), StoreSession.CliUser(null), CancellationToken.None)
                .GetAwaiter().GetResult();
            return $"signed out the sessions of {revoked.Count} user(s): {string.Join(", ", revoked.Select(u => $"'{u}'"))}";
        }));
        return sessions;
    }

    private static readonly string RuleText =
        $"A password has at least {PasswordRule.MinimumLength} characters and does not contain the user name.";

    private static Option<string> NameOption() => new("--name") { Description = "The user name to sign in with.", Required = true };

    private static Option<string?> PasswordEnvOption() => new("--password-env")
    {
        Description = "The environment variable holding the password (so it stays out of the shell history); without it the password is read from standard input.",
    };

    private static int Run(ParseResult parsed, StoreOptions db, Func<StoreSession, string> action)
    {
        using var session = StoreSession.Open(parsed, db);
        try
        {
            parsed.InvocationConfiguration.Output.WriteLine(action(session));
            return 0;
        }
        catch (UserRejectedException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static string ReadPassword(string? variable, TextWriter stdout)
    {
        if (variable is not null)
        {
            return Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
                ? value
                : throw new CliException($"the environment variable {variable} is not set");
        }

        stdout.Write("password: ");
        return Console.In.ReadLine() ?? throw new CliException("no password given on standard input");
    }
}
