namespace SocioRunner.Core.Nodes;

/// <summary>The artifact types that flow between node kinds. Input slots are checked against these before running.</summary>
public static class ArtifactTypes
{
    /// <summary>Raw files of a dataset in its real on-disk layout (e.g. the synthetic city's income + FLAIR folders).</summary>
    public const string RawData = "raw-data";
    /// <summary>Labelled images with train/val/test split tables.</summary>
    public const string Dataset = "dataset";
    /// <summary>Concept image sets, one folder per concept.</summary>
    public const string Concepts = "concepts";
    /// <summary>An encoder: architecture description and weights (initial or pretrained).</summary>
    public const string Encoder = "encoder";
    /// <summary>A predictive model: encoder plus regression head.</summary>
    public const string Model = "model";
    /// <summary>Per-input embeddings (id, optional label, vector).</summary>
    public const string Embeddings = "embeddings";
    public const string Tcav = "tcav";
    public const string Tsne = "tsne";
    public const string Report = "report";
}
