using SocioRunner.Models.TorchSafety;
using SocioRunner.Data.Batching;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Augmentation;

/// <summary>
/// The RandAugment operations of <see cref="RandAugment"/> on a group of images [G, 3, S, S] that drew the same
/// operation, each image with its own parameter (a [G, 1, 1, 1] tensor). Same arithmetic as the managed reference.
/// </summary>
internal sealed class RandAugmentTensors(Device device)
{
    public Tensor Apply(Tensor x, AugmentOperation operation, IReadOnlyList<AugmentStep> steps) => operation switch
    {
        AugmentOperation.Sharpness => Blend(x, Smooth(x), Factors(steps)),
        AugmentOperation.Contrast => Blend(x, Gray(x).mean([2, 3], keepdim: true), Factors(steps)),
        AugmentOperation.Color => Blend(x, Gray(x), Factors(steps)),
        AugmentOperation.Brightness => x.mul(Factors(steps)).clamp_(AugmentConstants.Zero, AugmentConstants.One),
        AugmentOperation.Solarize => where(x.ge(Factors(steps)), x.neg().add_(AugmentConstants.One, ScalarConstants.One), x),
        AugmentOperation.Posterize => Posterize(x, Factors(steps)),
        AugmentOperation.AutoContrast => AutoContrast(x),
        AugmentOperation.Affine => Warp(x, steps),
        _ => x.alias(),
    };

    /// <summary>Per-image parameters as float32 [G, 1, 1, 1] (rounded to float as the reference's float arithmetic does).</summary>
    Tensor Factors(IReadOnlyList<AugmentStep> steps) =>
        tensor(steps.Select(s => (float)s.Factor).ToArray(), [steps.Count, 1, 1, 1]).to(device);

    Tensor Blend(Tensor x, Tensor degenerate, Tensor factor) =>
        x.sub(degenerate).mul_(factor).add_(degenerate, ScalarConstants.One).clamp_(AugmentConstants.Zero, AugmentConstants.One);

    /// <summary>Luma (ITU-R 601) [G, 1, S, S].</summary>
    Tensor Gray(Tensor x)
    {
        var r = x.narrow(1, 0, 1).mul(AugmentConstants.RedWeight);
        return r.add_(x.narrow(1, 1, 1), AugmentConstants.GreenWeight).add_(x.narrow(1, 2, 1), AugmentConstants.BlueWeight);
    }

    /// <summary>The 3x3 smoothing of PIL's SMOOTH filter (centre weight 5, sum 13), border pixels unchanged.</summary>
    Tensor Smooth(Tensor x)
    {
        long size = x.shape[2];
        var kernel = tensor(new float[] { 1, 1, 1, 1, 5, 1, 1, 1, 1 }.Select(v => v / 13f).ToArray(), [1, 1, 3, 3])
            .expand(3, 1, 3, 3).contiguous().to(device);
        var smooth = x.clone();
        smooth.narrow(2, 1, size - 2).narrow(3, 1, size - 2).copy_(nn.functional.conv2d(x, kernel, groups: 3));
        return smooth;
    }

    static Tensor Posterize(Tensor x, Tensor levels) => x.mul(levels).floor_().div_(levels);

    Tensor AutoContrast(Tensor x)
    {
        var min = x.amin([2, 3], keepdim: true);
        var range = x.amax([2, 3], keepdim: true).sub_(min);
        return where(range.lt(AugmentConstants.FlatChannel), x, x.sub(min).div_(range));
    }

    /// <summary>
    /// Each image's <see cref="AffineWarp"/> as a sampling grid (built in float64, like the reference's coordinates) for
    /// bilinear <c>grid_sample</c>; pixels whose 2x2 source neighbourhood leaves the image are 0, as in the reference.
    /// </summary>
    Tensor Warp(Tensor x, IReadOnlyList<AugmentStep> steps)
    {
        int size = (int)x.shape[2];
        var maps = new double[steps.Count * 6];
        for (int i = 0; i < steps.Count; i++)
        {
            var (a00, a01, b0, a10, a11, b1) = steps[i].Affine.SourceMap(size);
            maps[6 * i] = a00; maps[6 * i + 1] = a01; maps[6 * i + 2] = b0; maps[6 * i + 3] = a10; maps[6 * i + 4] = a11; maps[6 * i + 5] = b1;
        }
        var m = tensor(maps, [steps.Count, 6]).to(device).view(-1, 6, 1, 1);
        using var stop = ((long)size).ToScalar();
        var columns = arange(ScalarConstants.Zero, stop, ScalarConstants.One, dtype: ScalarType.Float64, device: device).view(1, 1, -1);
        var rows = columns.view(1, -1, 1);
        var sx = m[.., 0].mul(columns).add(m[.., 1].mul(rows), ScalarConstants.One).add_(m[.., 2], ScalarConstants.One);
        var sy = m[.., 3].mul(columns).add(m[.., 4].mul(rows), ScalarConstants.One).add_(m[.., 5], ScalarConstants.One);
        using var last = ((double)(size - 1)).ToScalar();
        var inside = sx.ge(AugmentConstants.Zero).logical_and_(sx.lt(last)).logical_and_(sy.ge(AugmentConstants.Zero)).logical_and_(sy.lt(last));
        using var toUnit = (2.0 / (size - 1)).ToScalar();
        var grid = stack([sx, sy], -1).mul_(toUnit).sub_(AugmentConstants.One).to_type(ScalarType.Float32);
        var sampled = nn.functional.grid_sample(x, grid, mode: GridSampleMode.Bilinear, padding_mode: GridSamplePaddingMode.Zeros, align_corners: true);
        return sampled.mul_(inside.unsqueeze(1));
    }
}
