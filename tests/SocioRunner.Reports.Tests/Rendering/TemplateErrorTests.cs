using SocioRunner.Core.Errors;
using SocioRunner.Reports.Rendering;
using SocioRunner.Reports.Tests.Fixtures;

namespace SocioRunner.Reports.Tests.Rendering;

public sealed class TemplateErrorTests : IDisposable
{
    readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_missing_template_file_is_an_input_error_naming_it()
    {
        var renderer = new ReportTemplateRenderer(folder.Path);

        var error = Assert.Throws<InvalidInputException>(() => renderer.Render("run.html.sbn", FixedReportModel.Create()));

        Assert.Contains(folder.Combine("run.html.sbn"), error.Message);
        Assert.Contains("not found", error.Message);
    }

    [Fact]
    public void A_missing_partial_is_an_input_error_naming_it_and_the_including_line()
    {
        File.WriteAllText(folder.Combine("run.html.sbn"), "line one\n{{ include 'partials/nope.sbn' }}\n");

        var error = Assert.Throws<InvalidInputException>(() =>
            new ReportTemplateRenderer(folder.Path).Render("run.html.sbn", FixedReportModel.Create()));

        Assert.Contains(Path.Combine("partials", "nope.sbn"), error.Message);
        Assert.Contains("run.html.sbn(2,", error.Message);
    }

    [Fact]
    public void A_syntax_error_reports_scriban_message_with_file_and_line()
    {
        File.WriteAllText(folder.Combine("run.md.sbn"), "# title\n\n{{ for x in report.nodes }}\nno end\n");

        var error = Assert.Throws<InvalidInputException>(() =>
            new ReportTemplateRenderer(folder.Path).Render("run.md.sbn", FixedReportModel.Create()));

        Assert.Matches(@"run\.md\.sbn\(\d+,\d+\)", error.Message);
        Assert.Contains("error", error.Message);
    }

    [Fact]
    public void A_syntax_error_in_a_partial_names_the_partial()
    {
        Directory.CreateDirectory(folder.Combine("partials"));
        File.WriteAllText(folder.Combine("partials", "bad.sbn"), "ok\n{{ if }}\n");
        File.WriteAllText(folder.Combine("run.html.sbn"), "{{ include 'partials/bad.sbn' }}");

        var error = Assert.Throws<InvalidInputException>(() =>
            new ReportTemplateRenderer(folder.Path).Render("run.html.sbn", FixedReportModel.Create()));

        Assert.Contains("bad.sbn(2,", error.Message);
    }

    [Fact]
    public void An_unknown_member_is_an_error_not_an_empty_cell()
    {
        File.WriteAllText(folder.Combine("run.html.sbn"), "{{ report.experiment.nmae }}");

        var error = Assert.Throws<InvalidInputException>(() =>
            new ReportTemplateRenderer(folder.Path).Render("run.html.sbn", FixedReportModel.Create()));

        Assert.Contains("run.html.sbn(1,", error.Message);
    }

    [Fact]
    public void Includes_cannot_leave_the_template_folder()
    {
        File.WriteAllText(folder.Combine("run.html.sbn"), "{{ include '../secret.txt' }}");

        var error = Assert.Throws<InvalidInputException>(() =>
            new ReportTemplateRenderer(folder.Path).Render("run.html.sbn", FixedReportModel.Create()));

        Assert.Contains("outside the template folder", error.Message);
    }

    [Fact]
    public void A_missing_template_folder_is_an_input_error()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ReportTemplateRenderer(folder.Combine("nowhere")));

        Assert.Contains("nowhere", error.Message);
    }
}
