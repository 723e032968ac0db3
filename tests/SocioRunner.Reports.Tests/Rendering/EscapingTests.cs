using SocioRunner.Reports.Rendering;
using SocioRunner.Reports.Tests.Fixtures;

namespace SocioRunner.Reports.Tests.Rendering;

public sealed class EscapingTests
{
    const string Hostile = "<script>alert('x')</script>";

    [Fact]
    public void Html_escapes_script_tags_in_node_and_concept_names()
    {
        var model = FixedReportModel.Create(nodeName: Hostile, conceptName: Hostile) with { Title = Hostile };
        string html = new ReportTemplateRenderer(TemplatePaths.Shipped).Render(ReportRenderer.HtmlTemplate, model);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Markdown_escapes_script_tags_in_node_and_concept_names()
    {
        var model = FixedReportModel.Create(nodeName: Hostile, conceptName: Hostile) with { Title = Hostile };
        string markdown = new ReportTemplateRenderer(TemplatePaths.Shipped).Render(ReportRenderer.MarkdownTemplate, model);

        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", markdown);
    }

    [Fact]
    public void Markdown_cells_cannot_break_a_table_row()
    {
        Assert.Equal("a \\| b c", TemplateFunctions.MarkdownCell("a | b\nc"));
    }

    [Fact]
    public void Html_is_self_contained_without_external_resources()
    {
        string html = new ReportTemplateRenderer(TemplatePaths.Shipped).Render(ReportRenderer.HtmlTemplate, FixedReportModel.Create());

        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("<script", html);
    }
}
