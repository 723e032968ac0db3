namespace SocioRunner.EndToEnd.Tests.Browser;

/// <summary>What a page did in a real browser: its errors (console, uncaught, browser log), its images, and a screenshot.</summary>
public sealed record PageCheck(
    IReadOnlyList<string> Errors,
    IReadOnlyList<PageImage> Images,
    byte[] Screenshot,
    TimeSpan Duration)
{
    public IEnumerable<PageImage> BrokenImages => Images.Where(image => !image.Loaded);

    /// <summary>One line per problem, for assertion messages.</summary>
    public string Describe() =>
        string.Join('\n', Errors.Concat(BrokenImages.Select(image => $"image did not load: {image}")));
}
