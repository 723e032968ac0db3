using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Graph;
using SocioRunner.Core.Nodes;
using SocioRunner.Core.Options;

namespace SocioRunner.Core.Execution;

/// <summary>
/// Runs a validated plan in topological order. Owns caching (content-addressed keys), atomic artifact
/// writes, the run folder, and the per-node execution scope (tensor lifetime). Nodes only compute.
/// </summary>
public sealed class Executor(IEnumerable<INodeScopeFactory> scopes, IDeviceResolver devices, ILoggerFactory loggers)
{
    public async Task<RunResult> RunAsync(ExperimentPlan plan, RunSettings settings, IRunObserver observer, CancellationToken cancellation)
    {
        ArtifactStore.EnsureWritable(settings.CacheDirectory);
        var store = new ArtifactStore(settings.CacheDirectory);
        var started = settings.Clock.GetUtcNow();
        var folder = settings.RunDirectory is { } explicitFolder ? RunFolder.At(explicitFolder) : RunFolder.Create(settings.ReportsDirectory, plan.Experiment.Name, started);
        using var runLog = new RunLog(Path.Combine(folder.Path, "run.log"), settings.Clock);
        var run = new RunInfo
        {
            ExperimentName = plan.Experiment.Name, ExperimentFile = plan.Experiment.File,
            RunDirectory = folder.Path, StartedAt = started, Seed = plan.Experiment.Seed,
        };
        string device = devices.Resolve(plan.Experiment.Device.ToString().ToLowerInvariant());
        var forced = plan.WithDependents(settings.Force);
        var keys = CacheKey.ComputeAll(plan, device);
        var owner = LockOwner.Current($"{plan.Experiment.Name}/{Path.GetFileName(folder.Path)}", settings.Clock);
        // Never-cached nodes may reuse parts of their output in the last run of the same plan (NodeContext.Previous).
        var previous = plan.Nodes.Where(n => !n.Kind.Cacheable && !forced.Contains(n.Id))
            .Select(n => (n.Id, Key: store.LatestOf(keys[n.Id]))).Where(p => p.Key is not null)
            .ToDictionary(p => p.Id, p => p.Key!, StringComparer.Ordinal);
        // Claim every key before opening any, so a concurrent `cache gc` keeps what this run is about to read.
        using var lease = CacheLease.Take(store.Root, owner, keys.Values.Concat(previous.Values), settings.LockTiming);
        var artifacts = new Dictionary<string, ArtifactHandle>(StringComparer.Ordinal);
        observer.RunStarted(run, plan);
        runLog.Write("run", LogLevel.Information, $"experiment {plan.Experiment.Name} from {plan.Experiment.File}, device {device}, cache {store.Root}");
        Exception? failure = null;

        foreach (var node in plan.Nodes)
        {
            if (failure is not null)
            {
                run.Nodes.Add(new NodeRunRecord(node.Id, node.Kind.Name, "", NodeOutcome.Skipped, 0, ""));
                continue;
            }
            // A node that always runs (the report) describes this run, so it is stored under a key of this run: under
            // its plan key, every later run's fresh report lost to the first one committed (the cache keeps the first
            // commit of a key) and a warm run's folder published an earlier run's report.
            string key = node.Kind.Cacheable ? keys[node.Id] : RunScopedKey(keys[node.Id], owner.Token);
            bool reuse = node.Kind.Cacheable && !forced.Contains(node.Id);
            if (reuse && store.TryOpen(key, node.Id) is { } cached)
            {
                artifacts[node.Id] = cached;
                folder.Publish(node.Id, cached);
                Record(run, observer, runLog, new NodeRunRecord(node.Id, node.Kind.Name, key, NodeOutcome.Cached, 0, Path.GetDirectoryName(cached.Directory)!, cached.Manifest));
                continue;
            }
            try
            {
                using var artifactLock = await LockAsync(node, key, reuse, store, owner, settings, observer, runLog, cancellation);
                if (reuse && store.TryOpen(key, node.Id) is { } computedElsewhere)
                {
                    // Another run or sweep member computed it while this one waited: reuse, do not recompute.
                    artifacts[node.Id] = computedElsewhere;
                    folder.Publish(node.Id, computedElsewhere);
                    Record(run, observer, runLog, new NodeRunRecord(node.Id, node.Kind.Name, key, NodeOutcome.Cached, 0, Path.GetDirectoryName(computedElsewhere.Directory)!, computedElsewhere.Manifest));
                    continue;
                }
                observer.NodeStarting(node, key);
                runLog.Write(node.Id, LogLevel.Information, $"running {node.Kind.Name} (key {key[..12]})");
                var earlier = previous.TryGetValue(node.Id, out string? earlierKey) ? store.TryOpen(earlierKey, node.Id) : null;
                var artifact = await ExecuteNodeAsync(node, key, device, store, artifacts, earlier, run, runLog, observer, settings, cancellation);
                if (!node.Kind.Cacheable) store.RecordLatest(keys[node.Id], key);
                artifacts[node.Id] = artifact;
                folder.Publish(node.Id, artifact);
                Record(run, observer, runLog, new NodeRunRecord(node.Id, node.Kind.Name, key, NodeOutcome.Ran, artifact.Manifest.DurationSeconds, Path.GetDirectoryName(artifact.Directory)!, artifact.Manifest));
            }
            catch (Exception error)
            {
                // Parallel work may wrap the cancellation in an AggregateException; it is still a cancel, not a failure.
                bool cancelled = cancellation.IsCancellationRequested && (error is OperationCanceledException
                    || error is AggregateException aggregate && aggregate.Flatten().InnerExceptions.All(e => e is OperationCanceledException));
                failure = cancelled ? error : Wrap(node, error, store.Root);
                run.Nodes.Add(new NodeRunRecord(node.Id, node.Kind.Name, key, cancelled ? NodeOutcome.Cancelled : NodeOutcome.Failed, 0, ""));
                runLog.Write(node.Id, LogLevel.Error, failure.Message);
                // The full error (a native frame dump included) belongs in run.log; the console gets one line.
                if (!cancelled) runLog.Write(node.Id, LogLevel.Debug, error.ToString());
                observer.NodeFailed(node, failure);
            }
            folder.WriteJson("run.json", RunManifest.Build(run, plan, keys, settings, device));
        }
        folder.WriteJson("run.json", RunManifest.Build(run, plan, keys, settings, device));
        return new RunResult(run, artifacts, failure);
    }

    /// <summary>
    /// The lock on a node's key, so only one run computes it. Null when another run committed the artifact while
    /// this one waited (the caller then reuses it) or for nodes that are never cached (nothing to share).
    /// </summary>
    static async Task<ArtifactLock?> LockAsync(PlannedNode node, string key, bool reuse, ArtifactStore store, LockOwner owner,
        RunSettings settings, IRunObserver observer, RunLog runLog, CancellationToken cancellation)
    {
        if (!node.Kind.Cacheable) return null;
        return await ArtifactLock.AcquireAsync(store.Root, key, owner, settings.LockTiming, settings.LockTimeout,
            done: () => reuse && store.TryOpen(key, node.Id) is not null,
            waiting: holder =>
            {
                string message = $"{node.Id}: waiting for artifact {key[..12]}, being computed by {holder?.ToString() ?? "another run"}";
                runLog.Write(node.Id, LogLevel.Information, message);
                observer.Message(message);
            },
            settings.Clock, cancellation);
    }

    static string RunScopedKey(string planKey, string runToken) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{planKey}/run/{runToken}")));

    static void Record(RunInfo run, IRunObserver observer, RunLog log, NodeRunRecord record)
    {
        run.Nodes.Add(record);
        log.Write(record.NodeId, LogLevel.Information, $"{record.Outcome.ToString().ToLowerInvariant()} in {record.DurationSeconds:0.00} s -> {record.ArtifactDirectory}");
        observer.NodeFinished(record);
    }

    static Exception Wrap(PlannedNode node, Exception error, string cacheRoot)
    {
        // Parallel work inside a node reports "One or more errors occurred (...)": show the first real cause instead.
        if (error is AggregateException aggregate && aggregate.Flatten().InnerExceptions is [var first, ..]) error = first;
        return error switch
        {
            OperationCanceledException => error,
            InvalidInputException => NodeErrors.InvalidInput(node, error.Message, error),
            NodeFailedException failed => NodeErrors.Failed(node, failed.Reason, error),
            SocioException => error,
            IOException when error.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase) =>
                NodeErrors.DiskFull(node, error.Message, cacheRoot, error),
            _ when NativeErrorMessage.IsNative(error) =>
                NodeErrors.Failed(node, $"{NativeErrorMessage.Summary(error)} (native error in libtorch; full trace in run.log)", error),
            _ => NodeErrors.Failed(node, error.Message, error),
        };
    }

    async Task<ArtifactHandle> ExecuteNodeAsync(PlannedNode node, string key, string device, ArtifactStore store,
        Dictionary<string, ArtifactHandle> artifacts, ArtifactHandle? previous, RunInfo run, RunLog runLog, IRunObserver observer, RunSettings settings, CancellationToken cancellation)
    {
        string pending = store.BeginWrite(key);
        try
        {
            var inputs = node.Inputs.ToDictionary(slot => slot.Key, slot => (IReadOnlyList<ArtifactHandle>)slot.Value.Select(id => artifacts[id]).ToList());
            var logger = new TeeLogger([runLog.CreateLogger(node.Id), loggers.CreateLogger(node.Id)]);
            var context = new NodeContext(node.Id, node.Kind.Name, node.Seed, device, store.FilesOf(pending), store.WorkDirectory(key),
                inputs, logger, observer.Progress, run, cancellation) { Threads = settings.Threads, Previous = previous };
            var watch = Stopwatch.StartNew();
            // Off the caller's thread, so a long node keeps the display and Ctrl-C responsive. The scopes (e.g. a
            // TorchSharp dispose scope) are thread-affine, so they are entered, used and disposed on that one thread,
            // and the node body is waited for there rather than resumed on whichever thread an await lands on.
            await Task.Run(() =>
            {
                var nodeScopes = scopes.Select(s => s.Enter(node.Kind)).ToList();
                try
                {
                    node.Kind.ExecuteAsync(context, node.Options).GetAwaiter().GetResult();
                }
                finally
                {
                    for (int i = nodeScopes.Count - 1; i >= 0; i--) nodeScopes[i].Dispose();
                }
            }, cancellation);
            cancellation.ThrowIfCancellationRequested();
            var manifest = new ArtifactManifest
            {
                Key = key, Kind = node.Kind.Name, KindVersion = node.Kind.Version, ArtifactType = node.Kind.OutputType,
                NodeId = node.Id, Options = OptionsJson.ToNode(node.Options),
                Inputs = node.Inputs.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value.Select(id => artifacts[id].Key).ToList()),
                Seed = node.Seed, Device = device, CreatedAt = settings.Clock.GetUtcNow(), DurationSeconds = Math.Round(watch.Elapsed.TotalSeconds, 3), // to the ms, as run.json keeps it: a live and a re-rendered report then agree
                Metrics = new Dictionary<string, double>(context.Metrics), Summary = (JsonObject)context.Summary.DeepClone(),
                ToolVersions = settings.ToolVersions, Preprocessing = context.Preprocessing,
            };
            return store.Commit(pending, manifest);
        }
        catch
        {
            store.Discard(pending);
            throw;
        }
    }
}

public sealed record RunResult(RunInfo Run, IReadOnlyDictionary<string, ArtifactHandle> Artifacts, Exception? Failure)
{
    public bool Succeeded => Failure is null;
}
