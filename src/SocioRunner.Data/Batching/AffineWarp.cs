namespace SocioRunner.Data.Batching;

/// <summary>
/// An inverse-mapped affine warp about the image centre <c>c = (size - 1) / 2</c>: output pixel (x, y) samples the
/// input at <c>sx = rx - ShearX * ry + c</c>, <c>sy = ry - ShearY * rx + c</c> with <c>(rx, ry)</c> the offset
/// <c>(x - c - Tx, y - c - Ty)</c> rotated by <see cref="Angle"/> (radians). Written as
/// <c>sx = A00 x + A01 y + B0</c>, <c>sy = A10 x + A11 y + B1</c> so batched implementations can build a sampling grid.
/// </summary>
public readonly record struct AffineWarp(double Angle, double ShearX, double ShearY, double Tx, double Ty)
{
    public (double A00, double A01, double B0, double A10, double A11, double B1) SourceMap(int size)
    {
        double cos = Math.Cos(Angle), sin = Math.Sin(Angle), c = (size - 1) / 2.0;
        // rx = cos*dx + sin*dy, ry = -sin*dx + cos*dy, dx = x - c - Tx, dy = y - c - Ty.
        double rxX = cos, rxY = sin, rx0 = -cos * (c + Tx) - sin * (c + Ty);
        double ryX = -sin, ryY = cos, ry0 = sin * (c + Tx) - cos * (c + Ty);
        return (rxX - ShearX * ryX, rxY - ShearX * ryY, rx0 - ShearX * ry0 + c,
                ryX - ShearY * rxX, ryY - ShearY * rxY, ry0 - ShearY * rx0 + c);
    }
}
