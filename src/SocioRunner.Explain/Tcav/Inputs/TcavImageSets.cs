using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Data.Concepts;
using SocioRunner.Data.Datasets;
using SocioRunner.Explain.Cavs;

namespace SocioRunner.Explain.Tcav.Inputs;

/// <summary>
/// The image files a TCAV run needs, checked before any tensor exists: concept sets (each with enough images),
/// the evaluation inputs (non-empty) and a seeded random pool drawn from another split.
/// </summary>
public sealed record TcavImageSets(
    IReadOnlyList<ConceptSet> Concepts, IReadOnlyList<Sample> Evaluation, IReadOnlyList<string> RandomPool, IReadOnlyList<string> DroppedConcepts)
{
    /// <param name="concepts">Null when trained CAVs come from elsewhere (then no concept is loaded).</param>
    /// <param name="data">Null when neither evaluation inputs nor a random pool are needed.</param>
    /// <param name="evaluationSplit">Null when no inputs are explained (<c>explain/cavs</c>).</param>
    public static TcavImageSets Open(
        ArtifactHandle? concepts, ArtifactHandle? data, CavsOptions options, string? evaluationSplit, bool needsRandomPool, int seed)
    {
        var (conceptSets, dropped) = concepts is null ? ([], []) : OpenConcepts(concepts, options);
        IReadOnlyList<Sample> evaluation = [];
        IReadOnlyList<string> pool = [];
        if (data is null)
        {
            if (needsRandomPool || evaluationSplit is not null)
            {
                throw new InvalidInputException("a 'data' input is needed for the evaluation inputs and the random pool");
            }

            return new TcavImageSets(conceptSets, evaluation, pool, dropped);
        }

        var dataset = DatasetArtifact.Open(data);
        if (evaluationSplit is not null)
        {
            evaluation = Resolve(data, Split(dataset, evaluationSplit, "evaluation_split"));
            if (evaluation.Count == 0)
            {
                throw new InvalidInputException($"the evaluation set is empty: split '{evaluationSplit}' of {data.Directory} has no samples");
            }
        }

        if (needsRandomPool)
        {
            var candidates = Resolve(data, Split(dataset, options.RandomSplit, "random_split")).Select(s => s.ImagePath).ToArray();
            if (candidates.Length < Math.Min(options.RandomSetSize, 4))
            {
                throw new InvalidInputException($"the random pool is too small: split '{options.RandomSplit}' of {data.Directory} has {candidates.Length} images");
            }

            new Random(seed).Shuffle(candidates);
            pool = candidates[..Math.Min(options.RandomPoolSize, candidates.Length)];
        }

        return new TcavImageSets(conceptSets, evaluation, pool, dropped);
    }

    static (IReadOnlyList<ConceptSet>, IReadOnlyList<string>) OpenConcepts(ArtifactHandle concepts, CavsOptions options)
    {
        var conceptArtifact = ConceptsArtifact.Open(concepts);
        var tooSmall = conceptArtifact.Concepts.Where(c => c.ImagePaths.Count < options.MinConceptImages).ToArray();
        if (tooSmall.Length > 0)
        {
            throw new InvalidInputException(
                $"concept set{(tooSmall.Length > 1 ? "s" : "")} {string.Join(", ", tooSmall.Select(c => $"'{c.Name}' ({c.ImagePaths.Count} images)"))} in {concepts.Directory} "
                + $"ha{(tooSmall.Length > 1 ? "ve" : "s")} fewer than min_concept_images = {options.MinConceptImages}; add images or loosen the concept's rules");
        }

        if (conceptArtifact.Concepts.Count == 0 || (options.Setting == CavBanks.NegativeSetting.OneVsAll && conceptArtifact.Concepts.Count < 2))
        {
            throw new InvalidInputException($"{concepts.Directory}: one-vs-all needs at least 2 concept sets; got {conceptArtifact.Concepts.Count}");
        }

        return (conceptArtifact.Concepts, conceptArtifact.Dropped);
    }

    static IReadOnlyList<Sample> Split(DatasetArtifact dataset, string name, string key)
    {
        try
        {
            return dataset.Split(name);
        }
        catch (ArgumentException error)
        {
            throw new InvalidInputException($"{key}: {error.Message.Split(" (Parameter")[0]}");
        }
    }

    static List<Sample> Resolve(ArtifactHandle data, IReadOnlyList<Sample> samples) =>
        samples.Select(s => Path.IsPathRooted(s.ImagePath) ? s : s with { ImagePath = Path.Combine(data.Directory, s.ImagePath) }).ToList();
}
