using System.Collections.Concurrent;

namespace SocioRunner.Data.Batching;

/// <summary>
/// Decoded, resized 8-bit tiles of one batch stream, bounded by <see cref="CapacityBytes"/>. Tiles are kept in the order
/// they were first decoded until the budget is spent; later tiles are decoded on every use. (An epoch visits every tile
/// once in random order, so evicting would only trade one miss for another: a fixed resident set gives the best hit
/// rate a bounded cache can have for that access pattern.)
/// </summary>
public sealed class DecodedTileCache(long capacityBytes)
{
    /// <summary>Default budget: 2 GiB (about 2,800 tiles at 500x500, 440,000 at 40x40).</summary>
    public const long DefaultCapacityBytes = 2L << 30;

    readonly ConcurrentDictionary<int, byte[]> tiles = new();
    long usedBytes, hits, misses;

    public long CapacityBytes => capacityBytes;
    public long UsedBytes => Interlocked.Read(ref usedBytes);
    public long Hits => Interlocked.Read(ref hits);
    public long Misses => Interlocked.Read(ref misses);

    public byte[] GetOrLoad(int index, Func<byte[]> load)
    {
        if (tiles.TryGetValue(index, out var cached)) { Interlocked.Increment(ref hits); return cached; }
        Interlocked.Increment(ref misses);
        var tile = load();
        if (Interlocked.Add(ref usedBytes, tile.Length) <= capacityBytes)
        {
            if (!tiles.TryAdd(index, tile)) Interlocked.Add(ref usedBytes, -tile.Length); // another thread won the race
        }
        else Interlocked.Add(ref usedBytes, -tile.Length);
        return tile;
    }
}
