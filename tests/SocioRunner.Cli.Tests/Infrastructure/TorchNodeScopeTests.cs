using SocioRunner.Data.SyntheticCity;
using SocioRunner.Explain.Tcav;
using SocioRunner.Models.Devices;
using SocioRunner.Models.Training.Rnc;
using SocioRunner.Reports.Report;

namespace SocioRunner.Cli.Tests.Infrastructure;

/// <summary>Which node kinds get a TorchSharp dispose scope: every kind that can create tensors, and only those.</summary>
public class TorchNodeScopeTests
{
    [Theory]
    [InlineData(typeof(RncTrainNode), true)]   // references TorchSharp directly
    [InlineData(typeof(TcavNode), true)]       // Explain references TorchSharp (and Models)
    [InlineData(typeof(ReportNode), false)]    // Reports reaches Core, ScottPlot, Scriban: never a tensor
    [InlineData(typeof(SyntheticCityNode), false)]
    public void A_kind_gets_a_scope_exactly_when_its_code_can_reach_TorchSharp(Type kind, bool expected) =>
        Assert.Equal(expected, TorchNodeScopeFactory.CanCreateTensors(kind));
}
