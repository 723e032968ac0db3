using System.Collections.Concurrent;
using System.Reflection;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Nodes;
using TorchSharp;

namespace SocioRunner.Models.Devices;

/// <summary>
/// Wraps every node execution that can create tensors in a TorchSharp dispose scope, so tensors a node forgets are freed
/// when it ends. A kind whose assembly cannot reach TorchSharp (the report) gets no scope: entering one runs TorchSharp's
/// static constructor, which loads and initialises LibTorch (~0.3-0.5 s), and a fully cached re-run needs nothing else from it.
/// </summary>
public sealed class TorchNodeScopeFactory : INodeScopeFactory
{
    static readonly ConcurrentDictionary<Assembly, bool> ReachesTorch = new();

    public IDisposable Enter(INodeKind kind) => CanCreateTensors(kind.GetType()) ? torch.NewDisposeScope() : NoScope.Instance;

    /// <summary>True when the kind's assembly references TorchSharp, directly or through the assemblies it references.</summary>
    public static bool CanCreateTensors(Type kind) => Reaches(kind.Assembly, []);

    static bool Reaches(Assembly assembly, HashSet<string> visited)
    {
        if (ReachesTorch.TryGetValue(assembly, out bool known)) return known;
        bool reaches = false;
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            string name = reference.Name ?? "";
            if (name == typeof(torch).Assembly.GetName().Name) { reaches = true; break; }
            // Framework assemblies never call TorchSharp; everything else (project and package code) is followed.
            if (name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib") continue;
            Assembly loaded;
            try { loaded = Assembly.Load(reference); }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException) { continue; }
            bool through = ReachesTorch.TryGetValue(loaded, out bool cached) ? cached : visited.Add(name) && Reaches(loaded, visited);
            if (through) { reaches = true; break; }
        }
        ReachesTorch[assembly] = reaches;
        return reaches;
    }

    sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();
        public void Dispose() { }
    }
}
