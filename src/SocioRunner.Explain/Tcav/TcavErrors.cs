using SocioRunner.Core.Errors;

namespace SocioRunner.Explain.Tcav;

/// <summary>All wording of the TCAV input errors in one place; each names the option or file and says what to do.</summary>
internal static class TcavErrors
{
    public static InvalidInputException RandomPoolTooSmall(int available, int needed, int setSize, string source) =>
        new($"random_set_size: the random pool ({source}) has {available} images, but the random setting with repeats needs "
            + $"{needed} (two disjoint random sets of {setSize} for each random-vs-random CAV); lower random_set_size or provide more random images");

    public static InvalidInputException ConstantActivations(string layer, int images) =>
        new($"layers: the activations at layer '{layer}' are identical for all {images} concept and random images, so no CAV can be trained "
            + "(a dead layer, or blank images?); choose another layer or check the images");

    public static InvalidInputException NoRandomImagesInConcepts(string directory) =>
        new($"random_source: the concepts input ({directory}) holds no random images; set random_images on concepts/flair, or random_source: data to draw them from the dataset's random_split");

    public static InvalidInputException RandomPoolOverlapsConcept(string concept, int shared, string source) =>
        new($"random_source: {shared} image(s) of concept '{concept}' are also in the random pool ({source}); a concept folder must not be the random source");

    public static InvalidInputException DataInputNeeded() => new("a 'data' input is needed for the evaluation inputs and the random pool");

    public static InvalidInputException ConceptSetsTooSmall(IReadOnlyList<(string Name, int Count)> tooSmall, string directory, int minimum) =>
        new($"concept set{(tooSmall.Count > 1 ? "s" : "")} {string.Join(", ", tooSmall.Select(c => $"'{c.Name}' ({c.Count} images)"))} in {directory} "
            + $"ha{(tooSmall.Count > 1 ? "ve" : "s")} fewer than min_concept_images = {minimum}; add images or loosen the concept's rules");

    public static InvalidInputException TooFewConceptSets(string directory, int count) =>
        new($"{directory}: one-vs-all needs at least 2 concept sets; got {count}");

    public static InvalidInputException NoCavsForLayer(string nodeId, string layer, IEnumerable<string?> available) =>
        new($"layers: the cavs input '{nodeId}' has no CAVs for layer '{layer}'; it has: {string.Join(", ", available)}");

    public static InvalidInputException EmptyCavFile(string path) => new($"{path}: empty CAV file");

    public static InvalidInputException NotACavFile(string path, Exception error) => new($"{path}: not a CAV file ({error.Message})", error);

}
