using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Tests.Model;

/// <summary>
/// The summary's "ran / cached" figures are counted from the node table itself, so a report can never claim more
/// ran and cached nodes than it lists (an earlier fixture rendered "4 nodes, ran/cached 3 / 2").
/// </summary>
public sealed class NodeCountTests
{
    static NodeSummary Node(string id, string status) => new(id, "k", "t", status, 1, "abc", "abcdef");

    [Fact]
    public void Ran_and_cached_are_counted_from_the_nodes_and_other_statuses_count_as_neither()
    {
        var model = new ReportModel
        {
            Nodes = [Node("a", "cached"), Node("b", "ran"), Node("c", "ran"), Node("d", "failed"), Node("e", "skipped"), Node("f", "input")],
        };

        Assert.Equal(2, model.RanNodes);
        Assert.Equal(1, model.CachedNodes);
        Assert.True(model.RanNodes + model.CachedNodes <= model.Nodes.Count);
    }

    [Fact]
    public void A_model_without_nodes_reports_zero_of_each()
    {
        var model = new ReportModel();
        Assert.Equal((0, 0), (model.RanNodes, model.CachedNodes));
    }
}
