using Microsoft.Extensions.DependencyInjection;
using SocioRunner.Reports.Report;

namespace SocioRunner.Reports;

public static class ReportsNodesRegistration
{
    /// <summary>Registers every node kind of this project (one line per kind folder).</summary>
    public static IServiceCollection AddReportsNodes(this IServiceCollection services)
    {
        services.AddReportNode();
        return services;
    }
}
