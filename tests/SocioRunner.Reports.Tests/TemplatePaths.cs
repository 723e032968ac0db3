namespace SocioRunner.Reports.Tests;

/// <summary>The shipped templates as the build copies them next to the assemblies.</summary>
internal static class TemplatePaths
{
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "templates");
}
