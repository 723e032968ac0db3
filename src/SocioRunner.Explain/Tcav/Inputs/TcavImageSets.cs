using SocioRunner.Core.Artifacts;
using SocioRunner.Data.Concepts;
using SocioRunner.Data.Datasets;
using SocioRunner.Explain.Cavs;
using SocioRunner.Explain.Tcav.CavBanks;

namespace SocioRunner.Explain.Tcav.Inputs;

/// <summary>
/// The image files a TCAV run needs, checked before any tensor exists: concept sets (each with enough images),
/// the evaluation inputs (non-empty) and, for the random setting, a seeded random pool (from the concepts' own random
/// images or from another split of the data), disjoint from every concept set and large enough for the repeats.
/// </summary>
/// <param name="RandomSource">What the random pool is, in words (recorded in the outputs); empty without a pool.</param>
public sealed record TcavImageSets(
    IReadOnlyList<ConceptSet> Concepts, IReadOnlyList<Sample> Evaluation, IReadOnlyList<string> RandomPool, IReadOnlyList<string> DroppedConcepts,
    string RandomSource)
{
    /// <param name="concepts">Null when trained CAVs come from elsewhere (then no concept is loaded).</param>
    /// <param name="data">Null when neither evaluation inputs nor a random pool from the data are needed.</param>
    /// <param name="evaluationSplit">Null when no inputs are explained (<c>explain/cavs</c>).</param>
    public static TcavImageSets Open(
        ArtifactHandle? concepts, ArtifactHandle? data, CavsOptions options, string? evaluationSplit, bool needsRandomPool, int seed)
    {
        var conceptArtifact = concepts is null ? null : OpenConcepts(concepts, options);
        IReadOnlyList<ConceptSet> conceptSets = conceptArtifact?.Concepts ?? [];
        IReadOnlyList<string> dropped = conceptArtifact?.Dropped ?? [];
        var dataset = data is null ? null : DatasetArtifact.Open(data);
        if (dataset is null && (evaluationSplit is not null || (needsRandomPool && options.RandomSource == CavBanks.RandomSource.Data)))
        {
            throw TcavErrors.DataInputNeeded();
        }

        IReadOnlyList<Sample> evaluation = [];
        if (evaluationSplit is not null)
        {
            evaluation = Resolve(data!, Split(dataset!, evaluationSplit, "evaluation_split"));
            if (evaluation.Count == 0)
            {
                throw ExplainErrors.EmptyEvaluationSet(evaluationSplit, data!.Directory);
            }
        }

        if (!needsRandomPool)
        {
            return new TcavImageSets(conceptSets, evaluation, [], dropped, "");
        }

        var (candidates, source) = options.RandomSource == CavBanks.RandomSource.Concepts
            ? FromConcepts(concepts, conceptArtifact)
            : (Resolve(data!, Split(dataset!, options.RandomSplit, "random_split")).Select(s => s.ImagePath).ToArray(), $"the '{options.RandomSplit}' split of {data!.NodeId}");
        RequireDisjoint(conceptSets, candidates, source);
        int needed = options.Repeats > 0 ? 2 * options.RandomSetSize : options.RandomSetSize;
        int poolSize = Math.Min(options.RandomPoolSize, candidates.Length);
        if (poolSize < needed)
        {
            throw TcavErrors.RandomPoolTooSmall(poolSize, needed, options.RandomSetSize, source + (candidates.Length > poolSize ? $", random_pool_size {options.RandomPoolSize}" : ""));
        }

        new Random(seed).Shuffle(candidates);
        return new TcavImageSets(conceptSets, evaluation, candidates[..poolSize], dropped, source);
    }

    static (string[], string) FromConcepts(ArtifactHandle? concepts, ConceptsArtifact? artifact)
    {
        if (artifact?.Random is not { ImagePaths.Count: > 0 } random)
        {
            throw TcavErrors.NoRandomImagesInConcepts(concepts?.Directory ?? "(none)");
        }

        return (random.ImagePaths.ToArray(), $"{concepts!.NodeId}/random: {artifact.RandomSource ?? "random images of the concepts' source"}");
    }

    /// <summary>A concept image that is also a random image makes the CAV partly random-vs-random: refuse it.</summary>
    static void RequireDisjoint(IReadOnlyList<ConceptSet> concepts, string[] pool, string source)
    {
        var poolFiles = new HashSet<string>(pool.Select(Path.GetFullPath), StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            int shared = concept.ImagePaths.Count(p => poolFiles.Contains(Path.GetFullPath(p)));
            if (shared > 0)
            {
                throw TcavErrors.RandomPoolOverlapsConcept(concept.Name, shared, source);
            }
        }
    }

    static ConceptsArtifact OpenConcepts(ArtifactHandle concepts, CavsOptions options)
    {
        var conceptArtifact = ConceptsArtifact.Open(concepts);
        var tooSmall = conceptArtifact.Concepts.Where(c => c.ImagePaths.Count < options.MinConceptImages).ToArray();
        if (tooSmall.Length > 0)
        {
            throw TcavErrors.ConceptSetsTooSmall(tooSmall.Select(c => (c.Name, c.ImagePaths.Count)).ToList(), concepts.Directory, options.MinConceptImages);
        }

        if (conceptArtifact.Concepts.Count == 0 || (options.Setting == NegativeSetting.OneVsAll && conceptArtifact.Concepts.Count < 2))
        {
            throw TcavErrors.TooFewConceptSets(concepts.Directory, conceptArtifact.Concepts.Count);
        }

        return conceptArtifact;
    }

    static IReadOnlyList<Sample> Split(DatasetArtifact dataset, string name, string key)
    {
        try
        {
            return dataset.Split(name);
        }
        catch (ArgumentException error)
        {
            throw ExplainErrors.UnknownSplit(key, error);
        }
    }

    static List<Sample> Resolve(ArtifactHandle data, IReadOnlyList<Sample> samples) =>
        samples.Select(s => Path.IsPathRooted(s.ImagePath) ? s : s with { ImagePath = Path.Combine(data.Directory, s.ImagePath) }).ToList();
}
