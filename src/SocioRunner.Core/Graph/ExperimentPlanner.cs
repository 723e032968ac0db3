using SocioRunner.Core.Errors;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Nodes;
using SocioRunner.Core.Options;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Graph;

/// <summary>
/// Validates a whole experiment against the registered kinds before anything runs: kinds, options, wiring,
/// artifact types and cycles. All problems are reported together.
/// </summary>
public sealed class ExperimentPlanner(NodeKindRegistry registry)
{
    public ExperimentPlan PlanOrThrow(Experiment experiment)
    {
        var problems = new List<ConfigProblem>();
        var plan = Plan(experiment, problems);
        if (problems.Count > 0) throw new InvalidInputException(problems);
        return plan;
    }

    public ExperimentPlan Plan(Experiment experiment, List<ConfigProblem> problems)
    {
        var declared = experiment.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var planned = new Dictionary<string, PlannedNode>(StringComparer.Ordinal);
        foreach (var node in experiment.Nodes)
        {
            string path = $"nodes.{node.Id}";
            var kind = registry.Find(node.Kind);
            if (kind is null)
            {
                if (node.Kind.Length > 0) problems.Add(new ConfigProblem(node.KindLocation, path + ".kind", registry.UnknownKindMessage(node.Kind)));
                continue;
            }
            // An option whose ${...} did not resolve was already reported; the kind's checks would only echo it ("root: missing").
            int before = problems.Count;
            bool unresolved = HasUnresolved(node.Options);
            var options = OptionsBinder.Bind(kind.OptionsType, node.Options, path, problems);
            if (problems.Count == before && !unresolved)
                foreach (var problem in kind.Validate(options)) problems.Add(KindProblem(node, path, problem));
            var inputs = CheckInputs(node, kind, declared, registry, problems);
            if (problems.Count == before && !unresolved)
                foreach (var problem in kind.ValidateWiring(options, node.Inputs.Select(i => i.Slot).ToHashSet())) problems.Add(KindProblem(node, path, problem));
            planned[node.Id] = new PlannedNode(node, kind, options, inputs, NodeSeeds.Derive(experiment.Seed, node.Id));
        }
        var order = TopologicalOrder(experiment, planned, problems);
        return new ExperimentPlan(experiment, order);
    }

    static bool HasUnresolved(YamlValue value) => value switch
    {
        YamlScalar scalar => scalar.Unresolved,
        YamlSequence sequence => sequence.Items.Any(HasUnresolved),
        YamlMapping mapping => mapping.Entries.Any(e => HasUnresolved(e.Value)),
        _ => false,
    };

    static ConfigProblem KindProblem(NodeDeclaration node, string path, OptionProblem problem)
    {
        if (problem.Key.Length == 0) return new ConfigProblem(node.Location, path, problem.Message);
        var location = node.Options[problem.Key.Split('.')[0]]?.Location ?? node.Location;
        return new ConfigProblem(location, $"{path}.{problem.Key}", problem.Message);
    }

    static Dictionary<string, IReadOnlyList<string>> CheckInputs(NodeDeclaration node, INodeKind kind,
        Dictionary<string, NodeDeclaration> declared, NodeKindRegistry registry, List<ConfigProblem> problems)
    {
        string path = $"nodes.{node.Id}.inputs";
        var slots = kind.Inputs.ToDictionary(s => s.Name);
        var inputs = new Dictionary<string, List<string>>();
        foreach (var input in node.Inputs)
        {
            string slotPath = $"{path}.{input.Slot}";
            if (!slots.TryGetValue(input.Slot, out var slot))
            {
                string known = slots.Count == 0 ? "this kind takes no inputs" : "inputs: " + string.Join(", ", slots.Keys);
                problems.Add(new ConfigProblem(input.Location, slotPath, $"unknown input{Suggest.DidYouMean(input.Slot, slots.Keys)}; {known}"));
                continue;
            }
            if (input.NodeId == node.Id)
            {
                problems.Add(new ConfigProblem(input.Location, slotPath, "a node cannot take its own output as input"));
                continue;
            }
            if (!declared.TryGetValue(input.NodeId, out var source))
            {
                problems.Add(new ConfigProblem(input.Location, slotPath, $"no node named '{input.NodeId}'{Suggest.DidYouMean(input.NodeId, declared.Keys)}"));
                continue;
            }
            if (registry.Find(source.Kind) is { } sourceKind && !slot.Accepts(sourceKind.OutputType))
                problems.Add(new ConfigProblem(input.Location, slotPath,
                    $"'{input.NodeId}' ({source.Kind}) produces a {sourceKind.OutputType} artifact; this input takes {string.Join(" or ", slot.AcceptedTypes)}"));
            var list = inputs.TryGetValue(input.Slot, out var existing) ? existing : inputs[input.Slot] = [];
            if (list.Count > 0 && !slot.Many)
            {
                problems.Add(new ConfigProblem(input.Location, slotPath, "takes a single node"));
                continue;
            }
            list.Add(input.NodeId);
        }
        var mentioned = node.Inputs.Select(i => i.Slot).ToHashSet();
        foreach (var slot in kind.Inputs.Where(s => s.Required && !mentioned.Contains(s.Name)))
            problems.Add(new ConfigProblem(node.Location, $"{path}.{slot.Name}",
                $"missing required input ({string.Join(" or ", slot.AcceptedTypes)} artifact){(slot.Description.Length > 0 ? ": " + slot.Description : "")}"));
        return inputs.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value);
    }

    static List<PlannedNode> TopologicalOrder(Experiment experiment, Dictionary<string, PlannedNode> planned, List<ConfigProblem> problems)
    {
        // Kahn's algorithm in declaration order, so the plan reads like the file.
        var order = new List<PlannedNode>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var pending = experiment.Nodes.Where(n => planned.ContainsKey(n.Id)).Select(n => planned[n.Id]).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(n => n.Dependencies.All(d => done.Contains(d) || !planned.ContainsKey(d)));
            if (ready is null)
            {
                var cycle = FindCycle(pending);
                problems.Add(new ConfigProblem(cycle[0].Declaration.Location, $"nodes.{cycle[0].Id}.inputs",
                    "cycle in the graph: " + string.Join(" -> ", cycle.Select(n => n.Id).Append(cycle[0].Id))));
                break;
            }
            order.Add(ready);
            done.Add(ready.Id);
            pending.Remove(ready);
        }
        return order;
    }

    static List<PlannedNode> FindCycle(List<PlannedNode> pending)
    {
        var byId = pending.ToDictionary(n => n.Id);
        var path = new List<PlannedNode>();
        var current = pending[0];
        while (!path.Contains(current))
        {
            path.Add(current);
            current = byId[current.Dependencies.First(byId.ContainsKey)];
        }
        var cycle = path.Skip(path.IndexOf(current)).ToList();
        cycle.Reverse(); // dependencies point upstream; print in data-flow order
        return cycle;
    }
}
