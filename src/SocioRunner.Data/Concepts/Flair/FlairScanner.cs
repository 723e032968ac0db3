using SocioRunner.Core.Inputs;
using SocioRunner.Data.Images;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.Concepts.Flair;

/// <summary>Finds FLAIR image/mask pairs (<c>IMG_&lt;n&gt;.tif</c> with <c>MSK_&lt;n&gt;.tif</c>, anywhere under the root, so both the
/// per-zone layout and FLAIR-1's separate aerial/labels trees work) and computes each mask's class histogram.</summary>
public static class FlairScanner
{
    public const string HowToObtain = "FLAIR patches (IMG_*.tif with MSK_*.tif) come from the FLAIR land-cover dataset (IGN); it cannot be downloaded here; the paper's experiments read the folder from FLAIR_ROOT. Connect the 'raw' input to dataset/synthetic-city for the embedded default.";

    public static IReadOnlyList<FlairPatch> Scan(string root, CancellationToken cancellation = default, InputLimits? limits = null)
    {
        var images = Index(root, "IMG_");
        var masks = Index(root, "MSK_");
        var pairs = images.Where(i => masks.ContainsKey(i.Key)).OrderBy(i => i.Key, StringComparer.Ordinal).ToArray();
        if (pairs.Length == 0)
            throw new SocioRunner.Core.Errors.InvalidInputException($"{root}: no FLAIR image/mask pairs found ({images.Count} IMG_*.tif, {masks.Count} MSK_*.tif). {HowToObtain}");
        var patches = new FlairPatch[pairs.Length];
        ParallelWork.For(pairs.Length, cancellation, i =>
        {
            string maskPath = masks[pairs[i].Key];
            var mask = TiffCodec.Decode(maskPath, limits);
            var histogram = new int[20];
            foreach (float value in mask.Band(0))
            {
                int code = (int)value;
                if (code < 1 || code > 19 || code != value) throw DataErrors.BadMaskCode(maskPath, code);
                histogram[code]++;
            }
            patches[i] = new FlairPatch(pairs[i].Key, pairs[i].Value, maskPath, histogram, mask.Width * mask.Height);
        });
        return patches;
    }

    static Dictionary<string, string> Index(string root, string prefix)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, prefix + "*.tif", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(file)[prefix.Length..];
            if (!index.TryAdd(id, file)) throw DataErrors.DuplicateId(file, id, index[id]);
        }
        return index;
    }
}
