using System.CommandLine;

namespace AggloDashboard.Cli.Commands;

/// <summary><c>user add --name N</c>: adds someone who can sign in to the dashboard; only a hash of the password is stored.</summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var db = StoreSession.DbOption();
        var name = new Option<string>("--name") { Description = "The user name to sign in with.", Required = true };
        var passwordEnv = new Option<string?>("--password-env")
        {
            Description = "The environment variable holding the password (so it stays out of the shell history); without it the password is read from standard input.",
        };
        var viewer = new Option<bool>("--viewer") { Description = "May only browse (when browsing requires sign-in); by default the user is an administrator." };
        var add = new Command("add", "Add a user; administrators may import datasets and activate versions.") { db, name, passwordEnv, viewer };
        add.SetAction(parsed =>
        {
            var password = ReadPassword(parsed.GetValue(passwordEnv), parsed.InvocationConfiguration.Output);
            using var session = StoreSession.Open(parsed.GetValue(db)!);
            try
            {
                var user = session.Users.AddAsync(parsed.GetValue(name)!, password, !parsed.GetValue(viewer),
                    StoreSession.CliUser(null), CancellationToken.None).GetAwaiter().GetResult();
                parsed.InvocationConfiguration.Output.WriteLine(
                    $"added {(user.IsAdministrator ? "administrator" : "viewer")} '{user.UserName}'");
                return 0;
            }
            catch (Data.Store.UserRejectedException e)
            {
                throw new CliException(e.Message);
            }
        });
        return new Command("user", "Manage the users who can sign in to the dashboard.") { add };
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
