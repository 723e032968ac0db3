namespace SocioRunner.Models.Training.Internal;

/// <summary>Validation loss and R^2 of one epoch.</summary>
internal sealed record ValidationResult(double Loss, double R2);
