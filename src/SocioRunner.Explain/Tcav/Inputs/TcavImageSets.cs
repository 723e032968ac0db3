using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Data.Concepts;
using SocioRunner.Data.Datasets;

namespace SocioRunner.Explain.Tcav.Inputs;

/// <summary>
/// The image files a TCAV run needs, checked before any tensor exists: concept sets (each with enough images),
/// the evaluation inputs (non-empty) and a seeded random pool drawn from another split.
/// </summary>
public sealed record TcavImageSets(
    IReadOnlyList<ConceptSet> Concepts, IReadOnlyList<Sample> Evaluation, IReadOnlyList<string> RandomPool, IReadOnlyList<string> DroppedConcepts)
{
    public static TcavImageSets Open(ArtifactHandle concepts, ArtifactHandle data, TcavOptions options, bool needsRandomPool, int seed)
    {
        var conceptArtifact = ConceptsArtifact.Open(concepts);
        var tooSmall = conceptArtifact.Concepts.Where(c => c.ImagePaths.Count < options.MinConceptImages).ToArray();
        if (tooSmall.Length > 0)
        {
            throw new InvalidInputException(
                $"concept set{(tooSmall.Length > 1 ? "s" : "")} {string.Join(", ", tooSmall.Select(c => $"'{c.Name}' ({c.ImagePaths.Count} images)"))} in {concepts.Directory} "
                + $"ha{(tooSmall.Length > 1 ? "ve" : "s")} fewer than min_concept_images = {options.MinConceptImages}; add images or loosen the concept's rules");
        }

        if (conceptArtifact.Concepts.Count == 0 || (options.Setting == Cavs.NegativeSetting.OneVsAll && conceptArtifact.Concepts.Count < 2))
        {
            throw new InvalidInputException($"{concepts.Directory}: one-vs-all needs at least 2 concept sets; got {conceptArtifact.Concepts.Count}");
        }

        var dataset = DatasetArtifact.Open(data);
        var evaluation = Resolve(data, Split(dataset, options.EvaluationSplit, "evaluation_split"));
        if (evaluation.Count == 0)
        {
            throw new InvalidInputException($"the evaluation set is empty: split '{options.EvaluationSplit}' of {data.Directory} has no samples");
        }

        IReadOnlyList<string> pool = [];
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

        return new TcavImageSets(conceptArtifact.Concepts, evaluation, pool, conceptArtifact.Dropped);
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
