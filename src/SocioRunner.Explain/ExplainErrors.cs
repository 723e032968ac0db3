using SocioRunner.Core.Errors;
using SocioRunner.Core.Nodes;

namespace SocioRunner.Explain;

/// <summary>The wording of the explain kinds' wiring problems, in one place (checked by <c>validate</c>, and again defensively at run time).</summary>
internal static class ExplainErrors
{
    public static OptionProblem TcavNeedsConcepts() =>
        new("inputs.concepts", "connect concept image sets as 'concepts', or CAVs from explain/cavs as 'cavs'");

    public static OptionProblem TsneNeedsPoints(IReadOnlySet<string> connected) =>
        new(connected.Contains("model") ? "inputs.data" : "inputs.model",
            "connect either 'embeddings', or both 'model' (or an encoder) and 'data' to map a layer's activations");

    public static OptionProblem TsneTwoSources() =>
        new("inputs.embeddings", "connect either 'embeddings' or 'model' and 'data', not both (which points would be mapped?)");

    public static InvalidInputException AsError(OptionProblem problem) => new($"{problem.Key}: {problem.Message}");

    public static InvalidInputException UnknownLayers(IReadOnlyList<string> unknown, string encoder, IEnumerable<string> layers) =>
        new($"layers: unknown layer{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(l => $"'{l}'"))}; "
            + $"the model's encoder ({encoder}) has: {string.Join(", ", layers)}");

    public static InvalidInputException EmptyEvaluationSet(string split, string directory) =>
        new($"the evaluation set is empty: split '{split}' of {directory} has no samples");

    /// <summary>A dataset's "no such split" message under the option that named the split.</summary>
    public static InvalidInputException UnknownSplit(string key, ArgumentException error) =>
        new($"{key}: {error.Message.Split(" (Parameter")[0]}");

    public static InvalidInputException UnknownLayer(string layer, string encoder, IEnumerable<string> layers) =>
        new($"layer: unknown layer '{layer}'; the model's encoder ({encoder}) has: {string.Join(", ", layers)}");

    public static InvalidInputException EmbeddingsNotFound(string path) => new($"{path}: embeddings file not found");

    public static InvalidInputException NoIdColumn(string path, IEnumerable<string> header) =>
        new($"{path}: no 'id' column; columns: {string.Join(", ", header)}");

    public static InvalidInputException NoDimensions(string path, bool hasLabel) =>
        new($"{path}: no numeric dimension columns besides id{(hasLabel ? " and label" : "")}");

    public static InvalidInputException NotANumber(string path, int line, string column, string text) =>
        new($"{path}:{line}: column '{column}' holds '{text}', not a finite number");

    public static InvalidInputException TsneFailed(int points, Exception error) =>
        new($"explain/tsne on {points} points: {error.Message}", error);
}
