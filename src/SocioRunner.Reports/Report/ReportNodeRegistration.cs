using Microsoft.Extensions.DependencyInjection;
using SocioRunner.Core.Nodes;

namespace SocioRunner.Reports.Report;

public static class ReportNodeRegistration
{
    public static IServiceCollection AddReportNode(this IServiceCollection services) => services.AddNodeKind<ReportNode>();
}
