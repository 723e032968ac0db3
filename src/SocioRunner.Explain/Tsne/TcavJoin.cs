using System.Globalization;
using SocioRunner.Core.Artifacts;
using SocioRunner.Explain.Tables;

namespace SocioRunner.Explain.Tsne;

/// <summary>Per-input TCAV values (tcav_per_input.csv) and CAV directions (&lt;layer&gt;_cavs_activations.csv) of a tcav artifact.</summary>
public sealed record TcavJoin(IReadOnlyList<string> Concepts, IReadOnlyDictionary<string, string[]> ValuesById)
{
    public static readonly TcavJoin Empty = new([], new Dictionary<string, string[]>());

    public static TcavJoin Read(ArtifactHandle tcav)
    {
        var table = CsvTable.Read(tcav.File("tcav_per_input.csv"), strict: true);
        var (header, rows) = (table.Columns, table.Rows);
        const int first = 3; // image_id,label,prediction
        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            values[row[0]] = row[first..];
        }

        return new TcavJoin(header[first..], values);
    }

    /// <summary>CAV rows (concept name, direction) of <paramref name="layer"/>, or none if the artifact has no such file.</summary>
    public static IReadOnlyList<(string Concept, float[] Direction)> ReadCavs(ArtifactHandle tcav, string layer)
    {
        string file = $"{layer}_cavs_activations.csv";
        if (!tcav.Has(file))
        {
            return [];
        }

        var rows = CsvTable.Read(tcav.File(file), strict: true).Rows;
        return rows.Select(r => (r[0], r[1..].Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray())).ToArray();
    }
}
