namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Bounded max-heap stored in a slice of the shared result arrays, keeping the k smallest distances
/// seen; the root is the current k-th distance, so most candidates are rejected with one comparison.
/// Ties are broken by the smaller index so results do not depend on scan order.
/// </summary>
internal sealed class NeighborHeap(int[] indices, float[] distances, int offset, int capacity)
{
    private int _count;

    public void Offer(int index, float distance)
    {
        if (_count < capacity)
        {
            SiftUp(_count++, index, distance);
            return;
        }

        if (!Before(distance, index, distances[offset], indices[offset]))
        {
            return;
        }

        SiftDown(index, distance);
    }

    /// <summary>Turns the heap slice into a list sorted nearest first (heap sort in place).</summary>
    public void SortAscending()
    {
        for (var end = _count - 1; end > 0; end--)
        {
            var topIndex = indices[offset];
            var topDistance = distances[offset];
            var lastIndex = indices[offset + end];
            var lastDistance = distances[offset + end];
            _count = end;
            SiftDown(lastIndex, lastDistance);
            indices[offset + end] = topIndex;
            distances[offset + end] = topDistance;
        }
    }

    private static bool Before(float distance, int index, float otherDistance, int otherIndex) =>
        distance < otherDistance || (distance == otherDistance && index < otherIndex);

    private void SiftUp(int position, int index, float distance)
    {
        while (position > 0)
        {
            var parent = (position - 1) >> 1;
            if (!Before(distances[offset + parent], indices[offset + parent], distance, index))
            {
                break;
            }

            indices[offset + position] = indices[offset + parent];
            distances[offset + position] = distances[offset + parent];
            position = parent;
        }

        indices[offset + position] = index;
        distances[offset + position] = distance;
    }

    /// <summary>Places (index, distance) at the root and sinks it below every larger child.</summary>
    private void SiftDown(int index, float distance)
    {
        var position = 0;
        while (true)
        {
            var child = 2 * position + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count
                && Before(distances[offset + child], indices[offset + child], distances[offset + child + 1], indices[offset + child + 1]))
            {
                child++;
            }

            if (!Before(distance, index, distances[offset + child], indices[offset + child]))
            {
                break;
            }

            indices[offset + position] = indices[offset + child];
            distances[offset + position] = distances[offset + child];
            position = child;
        }

        indices[offset + position] = index;
        distances[offset + position] = distance;
    }
}
