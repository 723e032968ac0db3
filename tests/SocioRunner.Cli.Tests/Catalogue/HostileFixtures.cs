using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SocioRunner.Cli.Tests.Catalogue;

/// <summary>
/// Hostile inputs, generated small: files whose few bytes claim enormous sizes (a YAML "billion laughs", a value nested
/// 20,000 deep, a PNG and a TIFF whose headers claim tens of thousands of pixels per side). Nothing big is committed.
/// </summary>
public static class HostileFixtures
{
    /// <summary>Nine levels of anchors, each a list of ten aliases of the level below: 10^9 values once expanded, in about 400 bytes.</summary>
    public static string BillionLaughs()
    {
        var text = new StringBuilder("name: laughs\nnodes: {}\nlol0: &l0 lol\n");
        for (int level = 1; level <= 9; level++)
            text.Append($"lol{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        return text.ToString();
    }

    /// <summary>A flow list nested <paramref name="depth"/> levels deep on line 3.</summary>
    public static string DeeplyNested(int depth) =>
        $"name: deep\nnodes: {{}}\ndeep: {new string('[', depth)}{new string(']', depth)}\n";

    /// <summary>
    /// A real PNG whose IHDR says <paramref name="width"/> x <paramref name="height"/> RGB pixels, with a few rows of real
    /// compressed data: enough for a decoder to trust the header and size its buffer from it.
    /// </summary>
    public static byte[] PngClaiming(int width, int height, int rows = 4)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type RGB
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
                zlib.Write(new byte[rows * (1 + 3L * width)]);
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        png.Write(crc);
    }

    /// <summary>The PNG chunk checksum (CRC-32, polynomial 0xEDB88320), so decoders accept the chunks.</summary>
    static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>
    /// Rewrites the width and length tags of a little-endian TIFF's first directory to <paramref name="side"/>:
    /// a sparse file whose header claims a huge raster over the few bytes of strip data it really has.
    /// </summary>
    public static void ClaimTiffSide(string path, uint side)
    {
        SetTiffTag(path, 256, side);
        SetTiffTag(path, 257, side);
    }

    /// <summary>Marks a TIFF as ZSTD-compressed (code 50000), as <c>gdal_translate -co COMPRESS=ZSTD</c> writes it.</summary>
    public static void ClaimZstd(string path) => SetTiffTag(path, 259, 50000);

    /// <summary>Moves the (single) strip's offset to ten bytes before the end of the file: its data is cut short.</summary>
    public static void TruncateStrip(string path) => SetTiffTag(path, 273, (uint)new FileInfo(path).Length - 10);

    /// <summary>Sets one single-valued tag of a little-endian TIFF's first directory, stored inline as a LONG.</summary>
    static void SetTiffTag(string path, ushort tag, uint value)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes[0] != (byte)'I') throw new InvalidOperationException("only little-endian TIFFs are patched");
        int ifd = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4));
        int entries = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(ifd));
        for (int e = 0; e < entries; e++)
        {
            int entry = ifd + 2 + 12 * e;
            if (BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(entry)) != tag) continue;
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(entry + 4)) != 1) throw new InvalidOperationException($"tag {tag} holds more than one value");
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(entry + 2), 4); // type LONG
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(entry + 8), value);
            File.WriteAllBytes(path, bytes);
            return;
        }
        throw new InvalidOperationException($"tag {tag} not found");
    }
}
