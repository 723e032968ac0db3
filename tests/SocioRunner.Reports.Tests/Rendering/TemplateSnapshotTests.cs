using Snapshooter.Xunit;
using SocioRunner.Reports.Rendering;
using SocioRunner.Reports.Tests.Fixtures;

namespace SocioRunner.Reports.Tests.Rendering;

public sealed class TemplateSnapshotTests
{
    [Fact]
    public void Html_of_the_fixed_model_matches_the_snapshot()
    {
        string html = new ReportTemplateRenderer(TemplatePaths.Shipped).Render(ReportRenderer.HtmlTemplate, FixedReportModel.Create());
        Snapshot.Match(html);
    }

    [Fact]
    public void Markdown_of_the_fixed_model_matches_the_snapshot()
    {
        string markdown = new ReportTemplateRenderer(TemplatePaths.Shipped).Render(ReportRenderer.MarkdownTemplate, FixedReportModel.Create());
        Snapshot.Match(markdown);
    }
}
