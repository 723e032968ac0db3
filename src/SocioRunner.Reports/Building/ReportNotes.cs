namespace SocioRunner.Reports.Building;

/// <summary>Collects what the report could not read, so a broken file costs one section rather than the whole report.</summary>
internal sealed class ReportNotes
{
    readonly List<string> items = [];

    public IReadOnlyList<string> Items => items;

    public void Add(string note) => items.Add(note);

    /// <summary>Runs <paramref name="read"/>; on a bad file records why and returns <paramref name="fallback"/>.</summary>
    public T Try<T>(string nodeId, Func<T> read, T fallback)
    {
        try { return read(); }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or UnauthorizedAccessException)
        {
            items.Add($"{nodeId}: {e.Message}");
            return fallback;
        }
    }
}
