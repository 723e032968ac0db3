using BitMiracle.LibTiff.Classic;

namespace SocioRunner.Data.Images.Internal;

/// <summary>Converts one TIFF sample type (8/16/32-bit integers, signed or not, 32/64-bit floats) from decoded bytes to floats.</summary>
internal sealed class TiffSampleReader
{
    readonly int bytesPer;
    readonly SampleFormat format;

    public TiffSampleReader(int bits, SampleFormat format, string path)
    {
        bool supported = format switch
        {
            SampleFormat.IEEEFP => bits is 32 or 64,
            SampleFormat.UINT or SampleFormat.INT => bits is 8 or 16 or 32,
            _ => false,
        };
        if (!supported) throw DataErrors.CorruptImage(path, $"{bits}-bit {Describe(format)} samples are not supported (8/16/32-bit integers, 32/64-bit floats are)");
        bytesPer = bits / 8;
        this.format = format;
        FullScale = format switch
        {
            SampleFormat.IEEEFP => float.NaN,
            SampleFormat.INT => (float)((1L << (bits - 1)) - 1),
            _ => (float)((1L << bits) - 1),
        };
    }

    public int BytesPerSample => bytesPer;

    /// <summary>The largest value the type holds (255, 65535, 32767, ...); NaN for floats, whose scale comes from the data.</summary>
    public float FullScale { get; }

    public bool IsFloat => format == SampleFormat.IEEEFP;

    public float Read(byte[] buffer, int sample)
    {
        int o = sample * bytesPer;
        return (bytesPer, format) switch
        {
            (1, SampleFormat.INT) => (sbyte)buffer[o],
            (1, _) => buffer[o],
            (2, SampleFormat.INT) => BitConverter.ToInt16(buffer, o),
            (2, _) => BitConverter.ToUInt16(buffer, o),
            (4, SampleFormat.IEEEFP) => BitConverter.ToSingle(buffer, o),
            (4, SampleFormat.INT) => BitConverter.ToInt32(buffer, o),
            (4, _) => BitConverter.ToUInt32(buffer, o),
            _ => (float)BitConverter.ToDouble(buffer, o),
        };
    }

    static string Describe(SampleFormat format) => format switch
    {
        SampleFormat.UINT => "unsigned integer",
        SampleFormat.INT => "signed integer",
        SampleFormat.IEEEFP => "floating-point",
        _ => $"format-{(int)format}",
    };
}
