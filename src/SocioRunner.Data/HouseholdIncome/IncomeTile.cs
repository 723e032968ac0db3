namespace SocioRunner.Data.HouseholdIncome;

/// <summary>A tile joined with its census income; <paramref name="IncomeClass"/> is its income quintile (0..4), -1 until split.</summary>
public sealed record IncomeTile(string Id, string ImagePath, double Income, int IncomeClass = -1);
