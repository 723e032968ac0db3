using SocioRunner.Core.Errors;

namespace SocioRunner.Data.Internal;

/// <summary>Parallel.For over input files that surfaces a bad file as its own <see cref="InvalidInputException"/>
/// (the first by message, so the error is the same on every run) instead of an AggregateException.</summary>
internal static class ParallelWork
{
    public static void For(int count, CancellationToken cancellation, Action<int> body)
    {
        try { Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellation }, body); }
        catch (AggregateException e) when (e.InnerExceptions.OfType<InvalidInputException>().Any())
        {
            throw e.InnerExceptions.OfType<InvalidInputException>().OrderBy(x => x.Message, StringComparer.Ordinal).First();
        }
    }
}
