return await SocioRunner.Cli.CliApp.RunAsync(args);
