using SocioRunner.Models.Encoders.SmallCnn;
using SocioRunner.Models.Tests.Support;
using SocioRunner.Models.TorchSafety;
using SocioRunner.Models.Training;
using SocioRunner.Models.Training.Internal;
using SocioRunner.Models.Training.Probe;
using TorchSharp;

namespace SocioRunner.Models.Tests.Training;

/// <summary>Best-k checkpoints and the resume state agree at every moment a training can be killed.</summary>
[Collection(TorchGlobalStateCollection.Name)]
public sealed class EpochLoopCheckpointTests
{
    /// <summary>
    /// Epoch 2 is better than epoch 1 and, with save_top_k 1, pushes epoch 1's checkpoint out. The run dies while
    /// epoch 2's state is being saved (a file in the way of resume.tmp stands in for the kill): the state on disk is
    /// still epoch 1's and names epoch 1's checkpoint, which must still exist, and the resumed run must finish.
    /// </summary>
    [Fact]
    public void A_run_killed_while_saving_keeps_every_checkpoint_its_saved_state_names()
    {
        using var folders = new TestNodeContext();
        var options = new ProbeTrainOptions { Epochs = 3, SaveTopK = 1, Monitor = MonitorMetric.ValLoss };
        string blocker = Path.Combine(folders.WorkDirectory, "resume.tmp");
        double[] valLoss = [3, 2, 1];

        Assert.Throws<IOException>(() => Train(folders, options, epoch =>
        {
            if (epoch == 2) File.WriteAllText(blocker, "in the way");
        }, valLoss));

        string checkpoints = Path.Combine(folders.WorkDirectory, "checkpoints");
        Assert.True(File.Exists(Path.Combine(checkpoints, "epoch_0001.dat")), $"the saved state names epoch 1's checkpoint; left: {string.Join(", ", Directory.GetFiles(checkpoints).Select(Path.GetFileName))}");

        File.Delete(blocker);
        var outcome = Train(folders, options, _ => { }, valLoss);
        Assert.Equal([3], outcome.Best.Select(b => b.Epoch));
        Assert.Equal(["epoch_0003.dat"], Directory.GetFiles(checkpoints).Select(Path.GetFileName));
    }

    static TrainingOutcome Train(TestNodeContext folders, TrainingOptions options, Action<int> duringEpoch, double[] valLoss)
    {
        torch.random.manual_seed(3);
        using var module = new SmallCnnEncoder([4], 4);
        using var optimizer = new ScalarSafeAdamW(module.parameters());
        var loop = new EpochLoop(folders.Create("train/probe"), module, optimizer, options);
        return loop.Run(_ => 1e-3, epoch => { duringEpoch(epoch); return new EpochStats(1.0, 8, 0.1, 0); },
            epoch => new ValidationResult(valLoss[epoch - 1], 0));
    }
}
