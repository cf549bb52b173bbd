using AggloDashboard.Cli;

return CliRunner.Run(args, Console.Out, Console.Error);
