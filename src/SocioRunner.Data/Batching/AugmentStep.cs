namespace SocioRunner.Data.Batching;

/// <summary>One drawn RandAugment operation with its parameter (<see cref="Factor"/> or <see cref="Affine"/>, by kind).</summary>
public readonly record struct AugmentStep(AugmentOperation Operation, double Factor = 0, AffineWarp Affine = default);
