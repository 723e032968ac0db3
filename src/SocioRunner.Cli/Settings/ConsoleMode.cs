namespace SocioRunner.Cli.Settings;

/// <summary>How the console shows a run: <c>auto</c> guesses from the terminal and the CI variable.</summary>
public enum ConsoleMode { Auto, Rich, Plain }
