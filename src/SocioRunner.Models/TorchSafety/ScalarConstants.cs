using TorchSharp;

namespace SocioRunner.Models.TorchSafety;

/// <summary>
/// Process-lifetime <see cref="Scalar"/> constants. A static field roots them, so the GC never finalizes (frees) them
/// while libtorch reads them, unlike the temporaries TorchSharp creates for a C# number (docs/scalar-safety.md).
/// They are never disposed: a handful of native values for the life of the process.
/// </summary>
public static class ScalarConstants
{
    /// <summary>Integer 1: the <c>alpha</c> TorchSharp passes for <c>add(Tensor)</c> and the counter step of BatchNorm.</summary>
    public static readonly Scalar One = 1.ToScalar();

    /// <summary>Integer 2: the exponent of <c>square()</c> (which TorchSharp implements as <c>pow(2)</c>).</summary>
    public static readonly Scalar Two = 2.ToScalar();

    /// <summary>Integer 0.</summary>
    public static readonly Scalar Zero = 0.ToScalar();

    /// <summary>Integer -1.</summary>
    public static readonly Scalar MinusOne = (-1).ToScalar();
}
