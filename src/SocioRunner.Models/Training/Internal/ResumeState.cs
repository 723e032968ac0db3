using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Internal;

/// <summary>
/// Everything needed to continue an interrupted training node exactly: completed epochs, history, kept checkpoints,
/// the early-stopping counter, the trained module's weights, the optimizer's moments and the torch RNG state.
/// Written at each epoch end into <c>&lt;work&gt;/resume</c> via a temporary folder and renames, so a kill at any moment
/// (SIGKILL after Slurm's KillWait, the OOM killer) leaves one complete state: the new one, or the previous one kept
/// as <c>resume.old</c> while the new one is moved into place. <c>resume.tmp</c> is never read.
/// </summary>
internal sealed class ResumeState
{
    public int CompletedEpochs { get; set; }
    public List<EpochRecord> History { get; set; } = [];
    public List<BestCheckpoint> Best { get; set; } = [];
    public int EpochsSinceImprovement { get; set; }

    static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public void Save(string workDirectory, nn.Module module, TorchSharp.Modules.OptimizerHelper optimizer)
    {
        string final = Path.Combine(workDirectory, "resume");
        string temporary = final + ".tmp";
        if (Directory.Exists(temporary)) Directory.Delete(temporary, true);
        Directory.CreateDirectory(temporary);
        module.save(Path.Combine(temporary, "module.dat"));
        optimizer.save_state_dict(Path.Combine(temporary, "optimizer.dat"));
        using (var rng = torch.random.get_rng_state())
            File.WriteAllBytes(Path.Combine(temporary, "rng.bin"), rng.data<byte>().ToArray());
        File.WriteAllText(Path.Combine(temporary, "state.json"), JsonSerializer.Serialize(this, Json));
        // Deleting the old state before the move would leave a window with no state (or a half-deleted one that
        // fails to load); two renames never do. A leftover resume.old next to a complete resume is outdated.
        string previous = final + ".old";
        if (Directory.Exists(final))
        {
            if (Directory.Exists(previous)) Directory.Delete(previous, true);
            Directory.Move(final, previous);
        }
        Directory.Move(temporary, final);
        if (Directory.Exists(previous)) Directory.Delete(previous, true);
    }

    /// <summary>Restores module, optimizer and RNG from <c>&lt;work&gt;/resume</c> (or <c>resume.old</c>); null when there is nothing to resume.</summary>
    public static ResumeState? TryLoad(string workDirectory, nn.Module module, TorchSharp.Modules.OptimizerHelper optimizer)
    {
        string folder = Path.Combine(workDirectory, "resume");
        // Killed between Save's two renames: the previous complete state is the one to continue from.
        if (!File.Exists(Path.Combine(folder, "state.json"))) folder += ".old";
        if (!File.Exists(Path.Combine(folder, "state.json"))) return null;
        try
        {
            var state = JsonSerializer.Deserialize<ResumeState>(File.ReadAllText(Path.Combine(folder, "state.json")), Json)
                ?? throw new InvalidDataException("empty state.json");
            module.load(Path.Combine(folder, "module.dat"));
            optimizer.load_state_dict(Path.Combine(folder, "optimizer.dat"));
            using var rng = torch.tensor(File.ReadAllBytes(Path.Combine(folder, "rng.bin")), dtype: ScalarType.Byte);
            torch.random.set_rng_state(rng);
            return state;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or ArgumentException or System.Runtime.InteropServices.ExternalException)
        {
            throw TrainingErrors.CorruptResumeState(folder, e);
        }
    }
}
