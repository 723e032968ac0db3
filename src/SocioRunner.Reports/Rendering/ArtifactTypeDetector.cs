using SocioRunner.Core.Nodes;

namespace SocioRunner.Reports.Rendering;

/// <summary>
/// Recognises an artifact type from the files a node folder holds (docs/artifacts.md), for run folders re-read
/// without the cache's manifests. Looking at files rather than kind names keeps kinds added later working.
/// </summary>
internal static class ArtifactTypeDetector
{
    static readonly (string File, string Type)[] Signatures =
    [
        ("synthetic_city.json", ArtifactTypes.RawData),
        ("ground_truth.csv", ArtifactTypes.RawData),
        ("dataset.json", ArtifactTypes.Dataset),
        ("concepts.json", ArtifactTypes.Concepts),
        ("tcav_significance.csv", ArtifactTypes.Tcav),
        ("cav_accuracy.csv", ArtifactTypes.Tcav),
        ("tcav_intervals.csv", ArtifactTypes.Tcav),
        ("tsne.json", ArtifactTypes.Tsne),
        ("tsne_joined.csv", ArtifactTypes.Tsne),
        ("embeddings.csv", ArtifactTypes.Embeddings),
        ("head.dat", ArtifactTypes.Model),
        ("predictions_test.csv", ArtifactTypes.Model),
        ("encoder.dat", ArtifactTypes.Encoder),
        ("model.json", ArtifactTypes.Encoder),
        ("history.csv", ArtifactTypes.Encoder),
        ("index.html", ArtifactTypes.Report),
    ];

    public static string Detect(string directory) =>
        Signatures.FirstOrDefault(s => File.Exists(Path.Combine(directory, s.File))).Type ?? "";
}
