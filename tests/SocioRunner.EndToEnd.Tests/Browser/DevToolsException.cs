namespace SocioRunner.EndToEnd.Tests.Browser;

/// <summary>A DevTools command answered with a protocol error (the message names the method and carries Chromium's error).</summary>
public sealed class DevToolsException(string message) : Exception(message);
