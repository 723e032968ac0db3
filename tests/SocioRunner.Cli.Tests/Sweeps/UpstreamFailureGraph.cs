namespace SocioRunner.Cli.Tests.Sweeps;

/// <summary>
/// A sweep whose shared node fails for real: the small CNN has more pooling stages than a 16 px tile allows, so the
/// shared <c>baseline</c> fails inside libtorch and the members depending on it never run. Used by the Cli test (stand-in
/// sbatch) and the end-to-end test on the real Slurm (linked into that project).
/// </summary>
public static class UpstreamFailureGraph
{
    public const string Yaml = """
        name: upstream
        seed: 3
        device: cpu
        nodes:
          city: { kind: dataset/synthetic-city, tiles: 24, tile_size: 16, flair_patches: 0 }
          income: { kind: dataset/household-income, inputs: { raw: city } }
          encoder: { kind: encoder/small-cnn, widths: [4, 4, 4, 4, 4, 4], input_size: 16 }
          pretrain: { kind: train/rnc, inputs: { dataset: income, encoder: encoder }, epochs: 1, batch_size: 4 }
          baseline: { kind: train/regression, inputs: { dataset: income, encoder: encoder }, epochs: 1, batch_size: 4 }
        """;
}
