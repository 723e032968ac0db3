using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Internal;

/// <summary>
/// Everything needed to continue an interrupted training node exactly: completed epochs, history, kept checkpoints,
/// the early-stopping counter, the trained module's weights, the optimizer's moments and the torch RNG state.
/// Written at each epoch end into <c>&lt;work&gt;/resume</c> via a temporary folder and a rename (never half-written).
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
        if (Directory.Exists(final)) Directory.Delete(final, true);
        Directory.Move(temporary, final);
    }

    /// <summary>Restores module, optimizer and RNG from <c>&lt;work&gt;/resume</c>; null when there is nothing to resume.</summary>
    public static ResumeState? TryLoad(string workDirectory, nn.Module module, TorchSharp.Modules.OptimizerHelper optimizer)
    {
        string folder = Path.Combine(workDirectory, "resume");
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
