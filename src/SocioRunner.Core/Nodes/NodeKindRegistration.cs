using Microsoft.Extensions.DependencyInjection;

namespace SocioRunner.Core.Nodes;

public static class NodeKindRegistration
{
    /// <summary>Registers one node kind; each kind's folder has an <c>Add&lt;Kind&gt;Node()</c> that calls this.</summary>
    public static IServiceCollection AddNodeKind<TKind>(this IServiceCollection services) where TKind : class, INodeKind =>
        services.AddSingleton<INodeKind, TKind>();
}
