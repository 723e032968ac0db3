using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SocioRunner.Core.Errors;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Rendering;

/// <summary>
/// Renders one Scriban template of a template folder with the report model as <c>report</c> and the helpers as
/// <c>fmt</c>. Scriban does not escape output: the templates escape every data string with <c>html.escape</c>
/// (HTML) or <c>fmt.md</c> (Markdown). Syntax and runtime errors become input errors with file, line and column.
/// </summary>
public sealed class ReportTemplateRenderer
{
    readonly TemplateFolderLoader loader;

    public ReportTemplateRenderer(string templateFolder)
    {
        if (!Directory.Exists(templateFolder))
            throw ReportErrors.TemplateFolderNotFound(Path.GetFullPath(templateFolder));
        TemplateFolder = Path.GetFullPath(templateFolder);
        loader = new TemplateFolderLoader(TemplateFolder);
    }

    public string TemplateFolder { get; }

    public string Render(string templateName, object model)
    {
        string path = loader.Resolve(templateName);
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
            throw ReportErrors.TemplateHasErrors(path, template.Messages.Select(m => m.ToString()));

        var globals = new ScriptObject();
        globals.SetValue("report", model, true);
        globals.SetValue("fmt", TemplateFunctions.Create(), true);
        var context = new TemplateContext
        {
            TemplateLoader = loader,
            MemberRenamer = StandardMemberRenamer.Default,
            StrictVariables = true,
            LoopLimit = 1_000_000,
            EnableRelaxedMemberAccess = false,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e) when (e.InnerException is InvalidInputException inner)
        {
            throw new InvalidInputException(inner.Message, e);
        }
        catch (ScriptRuntimeException e)
        {
            throw ReportErrors.TemplateRuntimeError(e);
        }
    }
}
