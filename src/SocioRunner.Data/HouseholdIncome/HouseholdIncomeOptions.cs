using System.ComponentModel.DataAnnotations;

namespace SocioRunner.Data.HouseholdIncome;

/// <summary>Options of <c>dataset/household-income</c>.</summary>
public sealed record HouseholdIncomeOptions
{
    /// <summary>The SESEfficientCAM data folder (holding <c>data/imagery_out</c> and <c>data/census_data</c>);
    /// not needed when the <c>raw</c> input is connected (then <c>&lt;raw&gt;/income</c> is used).</summary>
    public string? Root { get; init; }

    /// <summary>Share of tiles held out for test (stratified by income quintile).</summary>
    [Range(0.01, 0.9)] public double TestFraction { get; init; } = 0.2;

    /// <summary>Share of the remaining tiles used for validation.</summary>
    [Range(0.01, 0.9)] public double ValFraction { get; init; } = 0.2;

    /// <summary>A tile whose share of zero-valued pixels exceeds this is void and skipped.</summary>
    [Range(0.0, 1.0)] public double VoidThreshold { get; init; } = 0.01;

    /// <summary>Reuse train.csv/val.csv/test.csv found in the root instead of splitting anew.</summary>
    public bool ReuseSplits { get; init; } = true;
}
