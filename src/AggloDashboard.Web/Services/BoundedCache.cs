namespace AggloDashboard.Web.Services;

/// <summary>
/// A thread-safe cache that keeps the <see cref="Capacity"/> most recently used entries and drops the least recently
/// used beyond that. For results whose keys come from visitors' URLs, which an unbounded cache would let anyone grow.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _entries = new();
    private readonly LinkedList<(TKey Key, TValue Value)> _recent = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    /// <summary>The entry of <paramref name="key"/>, made by <paramref name="create"/> (under the cache's lock) when absent.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Value;
            }

            node = _recent.AddFirst((key, create(key)));
            _entries[key] = node;
            if (_entries.Count > Capacity)
            {
                var oldest = _recent.Last!;
                _recent.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            return node.Value.Value;
        }
    }

    /// <summary>Drops every entry whose key matches.</summary>
    public void RemoveWhere(Func<TKey, bool> match)
    {
        lock (_gate)
        {
            foreach (var key in _entries.Keys.Where(match).ToArray())
            {
                _recent.Remove(_entries[key]);
                _entries.Remove(key);
            }
        }
    }
}
