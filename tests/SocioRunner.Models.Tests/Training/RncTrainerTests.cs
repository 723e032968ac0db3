using SocioRunner.Core.Errors;
using SocioRunner.Models.Encoders.SmallCnn;
using SocioRunner.Models.Tests.Support;
using SocioRunner.Models.Training.Rnc;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.Training;

[Collection(TorchGlobalStateCollection.Name)]
public class RncTrainerTests
{
    static readonly RncTrainOptions Options = new() { Epochs = 3, BatchSize = 8, Lr = 0.01, SaveTopK = 2 };

    static SmallCnnEncoder NewEncoder(int seed)
    {
        torch.random.manual_seed(seed);
        return new SmallCnnEncoder([4, 8], 8);
    }

    [Fact]
    public void Interrupted_training_resumes_to_the_same_result()
    {
        using var uninterrupted = new TestNodeContext();
        using var encoderA = NewEncoder(1);
        string initialWeights = Path.Combine(Path.GetTempPath(), $"rnc-initial-{Guid.NewGuid():N}.dat");
        encoderA.save(initialWeights);
        var (outcomeA, _) = RncTrainer.Train(uninterrupted.Create("train/rnc"), encoderA, new SyntheticBatches(24, 8, 8, 2, 5, true), Options, CPU);

        using var interrupted = new TestNodeContext();
        using var cancel = new CancellationTokenSource();
        var stopping = new SyntheticBatches(24, 8, 8, 2, 5, true) { BeforeBatch = (epoch, batch) => { if (epoch == 3 && batch == 2) cancel.Cancel(); } };
        using (var encoderB = NewEncoder(1))
        {
            encoderB.load(initialWeights);
            File.Delete(initialWeights);
            Assert.ThrowsAny<OperationCanceledException>(() => RncTrainer.Train(interrupted.Create("train/rnc", cancellation: cancel.Token), encoderB, stopping, Options, CPU));
        }

        using var encoderC = NewEncoder(99); // different init: everything must come from the checkpoint
        var (outcomeC, _) = RncTrainer.Train(interrupted.Create("train/rnc"), encoderC, new SyntheticBatches(24, 8, 8, 2, 5, true), Options, CPU);

        Assert.Equal(outcomeA.History.Select(h => h.TrainLoss), outcomeC.History.Select(h => h.TrainLoss));
        Assert.Equal(outcomeA.Best.Select(b => b.Epoch), outcomeC.Best.Select(b => b.Epoch));
        foreach (var (name, parameter) in encoderA.state_dict())
            Assert.True(parameter.allclose(encoderC.state_dict()[name], rtol: 0, atol: 0), $"{name} differs after resume");
    }

    [Fact]
    public void A_kill_between_the_resume_renames_resumes_from_the_previous_state()
    {
        using var uninterrupted = new TestNodeContext();
        using var encoderA = NewEncoder(1);
        var (outcomeA, _) = RncTrainer.Train(uninterrupted.Create("train/rnc"), encoderA, new SyntheticBatches(24, 8, 8, 2, 5, true), Options, CPU);

        using var interrupted = new TestNodeContext();
        using var cancel = new CancellationTokenSource();
        var stopping = new SyntheticBatches(24, 8, 8, 2, 5, true) { BeforeBatch = (epoch, batch) => { if (epoch == 3 && batch == 2) cancel.Cancel(); } };
        using (var encoderB = NewEncoder(1))
            Assert.ThrowsAny<OperationCanceledException>(() => RncTrainer.Train(interrupted.Create("train/rnc", cancellation: cancel.Token), encoderB, stopping, Options, CPU));
        // What a kill during the next save leaves: the complete state renamed aside, the new one only half written.
        string resume = Path.Combine(interrupted.WorkDirectory, "resume");
        Directory.Move(resume, resume + ".old");
        Directory.CreateDirectory(resume + ".tmp");
        File.WriteAllBytes(Path.Combine(resume + ".tmp", "module.dat"), [1, 2, 3]);

        using var encoderC = NewEncoder(99); // different init: everything must come from resume.old
        var (outcomeC, _) = RncTrainer.Train(interrupted.Create("train/rnc"), encoderC, new SyntheticBatches(24, 8, 8, 2, 5, true), Options, CPU);

        Assert.Equal(outcomeA.History.Select(h => h.TrainLoss), outcomeC.History.Select(h => h.TrainLoss));
        foreach (var (name, parameter) in encoderA.state_dict())
            Assert.True(parameter.allclose(encoderC.state_dict()[name], rtol: 0, atol: 0), $"{name} differs after resume");
        Assert.False(Directory.Exists(resume + ".old"), "the outdated state was kept");
        Assert.True(File.Exists(Path.Combine(resume, "state.json")));
    }

    [Fact]
    public void Loss_decreases_and_history_is_complete()
    {
        using var folders = new TestNodeContext();
        using var encoder = NewEncoder(2);
        var (outcome, loop) = RncTrainer.Train(folders.Create("train/rnc"), encoder, new SyntheticBatches(24, 8, 8, 2, 5, true), Options with { Epochs = 3 }, CPU);
        Assert.Equal([1, 2, 3], outcome.History.Select(h => h.Epoch));
        Assert.True(outcome.History[^1].TrainLoss < outcome.History[0].TrainLoss);
        Assert.Equal(2, outcome.Best.Count);
        Assert.Equal(2, Directory.GetFiles(loop.CheckpointDirectory).Length);
        Assert.NotEmpty(Directory.GetFiles(loop.TensorBoardDirectory, "events.out.tfevents.*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Live_tensor_count_is_flat_across_epochs()
    {
        using var folders = new TestNodeContext();
        using var encoder = NewEncoder(4);
        var sink = new LiveTensorSink();
        RncTrainer.Train(folders.Create("train/rnc", progress: sink), encoder, new SyntheticBatches(16, 8, 8, 2, 5, true), Options with { Epochs = 6 }, CPU);
        Assert.Equal(6, sink.LiveTensors.Count);
        Assert.Equal(sink.LiveTensors[1], sink.LiveTensors[5]);
    }

    [Fact]
    public void Nan_loss_stops_naming_the_epoch_and_keeps_the_last_good_checkpoint()
    {
        using var folders = new TestNodeContext();
        using var encoder = NewEncoder(3);
        var poisoned = new SyntheticBatches(16, 8, 8, 2, 5, true, (epoch, i) => epoch == 2 ? float.NaN : i % 4);
        var error = Assert.Throws<NodeFailedException>(() =>
            RncTrainer.Train(folders.Create("train/rnc"), encoder, poisoned, Options with { Epochs = 3 }, CPU));
        Assert.Contains("epoch 2", error.Message);
        Assert.Contains("epoch 1) is kept", error.Message);
        Assert.True(File.Exists(Path.Combine(folders.WorkDirectory, "resume", "module.dat")));
    }
}
