using SocioRunner.Core.Execution;
using TorchSharp;

namespace SocioRunner.Models.Tests.Support;

/// <summary>Records the number of live tensors on this thread at every progress increment (one per epoch).</summary>
public sealed class LiveTensorSink : IProgressSink
{
    public List<long> LiveTensors { get; } = [];

    public IProgressTask Start(string description, double total) => new Task(this);

    sealed class Task(LiveTensorSink owner) : IProgressTask
    {
        public void Increment(double amount = 1) => owner.LiveTensors.Add(DisposeScopeManager.Statistics.TensorStatistics.ThreadTotalLiveCount);
        public void Describe(string description) { }
        public void Dispose() { }
    }
}
