namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>
/// The fault tests act on a training node while it runs: they watch its resume state and kill or interrupt the run once
/// it has saved two epochs. The window is short (a probe epoch on the 120 test tiles takes ~0.05 s, so epochs 2 to 20
/// pass in about a second), and the test process is busy: an in-process quickstart and other test classes run beside
/// them and hold its threads. CI failed once (3 Dec 2026, SupervisedResumeTests, while the quickstart fixture ran): "no
/// checkpoint with 2 epochs appeared (process exited: True)". The watcher then polled with <c>await Task.Delay</c> and
/// killed after an <c>await</c>, so it ran only when a thread was free. This test occupies the test process's threads
/// (xUnit's and the pool's) while a run trains: the old watcher fails it with CI's message, twice in two runs; the
/// watcher on a thread of its own that kills the moment it sees the checkpoint passes.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class TrainingWorkspaceTests : IDisposable
{
    readonly TrainingWorkspace workspace = new();

    [Fact]
    public async Task A_checkpoint_is_caught_and_the_run_killed_mid_node_while_the_test_process_threads_are_busy()
    {
        string experiment = workspace.SupervisedExperiment(TrainingWorkspace.LongTraining);
        string probe = PlannedKeys.Of(experiment).Single(n => n.Node == "probe").Key;
        using var process = await workspace.Start("run", experiment);

        // The threads stay occupied until the run has ended (killed by the watcher, or finished because the watcher never
        // acted), then the test's own continuation can run again.
        string state;
        using (var starvation = Starvation.Start())
        {
            starvation.ReleaseWhen(() => process.HasExited, TimeSpan.FromSeconds(90));
            state = await workspace.WaitForCheckpoint(process, epochs: 2, TimeSpan.FromMinutes(5), probe, then: process.Kill);
        }

        Assert.True(process.HasExited, "the run was not killed");
        Assert.Contains(probe, state);
        Assert.False(Directory.Exists(Path.Combine(workspace.Cache, "objects", probe)), "the probe finished before the kill: the watcher missed its window");
    }

    /// <summary>
    /// Occupies the threads that run this test's continuations until disposed: xUnit's synchronization context (its
    /// worker threads, as many as the test run's parallel threads, shared with every other test class: an in-process
    /// quickstart's synchronous work holds one for seconds) and the thread pool. The work items sleep, so the child
    /// process still gets the CPU.
    /// </summary>
    sealed class Starvation : IDisposable
    {
        volatile bool released;

        public static Starvation Start()
        {
            var starvation = new Starvation();
            void Block(object? _) { while (!starvation.released) Thread.Sleep(20); }
            var context = SynchronizationContext.Current;
            for (int i = 0; i < 64; i++)
            {
                context?.Post(Block, null);
                ThreadPool.UnsafeQueueUserWorkItem(Block, null);
            }
            return starvation;
        }

        Thread? releaser;

        /// <summary>Releases from a thread of its own (this test's threads are the ones occupied) once the condition holds.</summary>
        public void ReleaseWhen(Func<bool> condition, TimeSpan limit)
        {
            var deadline = DateTime.UtcNow + limit;
            releaser = new Thread(() =>
            {
                while (!released && !condition() && DateTime.UtcNow < deadline) Thread.Sleep(20);
                released = true;
            }) { IsBackground = true };
            releaser.Start();
        }

        // Waits for the releaser: its condition may read what the test disposes next (the process), and an exception
        // on a thread of its own would take the whole test host down.
        public void Dispose()
        {
            released = true;
            releaser?.Join();
        }
    }

    public void Dispose() => workspace.Dispose();
}
