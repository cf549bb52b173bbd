namespace AggloDashboard.Web.Services;

/// <summary>
/// A thread-safe cache that keeps the <see cref="Capacity"/> most recently used entries, and at most
/// <see cref="MaxWeight"/> of their total weight (an estimate of their memory), dropping the least recently used beyond
/// either. For results whose keys come from visitors' URLs, which an unbounded cache would let anyone grow.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity, long maxWeight = long.MaxValue) where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries = new();
    private readonly LinkedList<Entry> _recent = new();
    private long _weight;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public long MaxWeight { get; } = maxWeight > 0 ? maxWeight : throw new ArgumentOutOfRangeException(nameof(maxWeight));

    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    /// <summary>The total weight of the entries kept; an entry weighs 0 until <see cref="SetWeight"/> gives it one.</summary>
    public long Weight
    {
        get
        {
            lock (_gate) return _weight;
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

            node = _recent.AddFirst(new Entry(key, create(key)));
            _entries[key] = node;
            Trim();
            return node.Value.Value;
        }
    }

    /// <summary>
    /// Gives a kept entry its weight once it is known (a value built lazily is weighed when built), then drops the least
    /// recently used entries while the total is above <see cref="MaxWeight"/>; the most recent entry is always kept.
    /// </summary>
    public void SetWeight(TKey key, TValue value, long weight)
    {
        lock (_gate)
        {
            // The entry may have been dropped and made again meanwhile; only the value that was weighed takes the weight.
            if (_entries.TryGetValue(key, out var node) && EqualityComparer<TValue>.Default.Equals(node.Value.Value, value))
            {
                _weight += weight - node.Value.Weight;
                node.Value.Weight = weight;
                Trim();
            }
        }
    }

    /// <summary>Drops every entry whose key matches.</summary>
    public void RemoveWhere(Func<TKey, bool> match)
    {
        lock (_gate)
        {
            foreach (var key in _entries.Keys.Where(match).ToArray())
            {
                Drop(_entries[key]);
            }
        }
    }

    /// <summary>Drops the entry of <paramref name="key"/> if it is still <paramref name="value"/> (not one made again since).</summary>
    public void Remove(TKey key, TValue value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node) && EqualityComparer<TValue>.Default.Equals(node.Value.Value, value))
            {
                Drop(node);
            }
        }
    }

    private void Trim()
    {
        while (_entries.Count > Capacity || (_weight > MaxWeight && _entries.Count > 1))
        {
            Drop(_recent.Last!);
        }
    }

    private void Drop(LinkedListNode<Entry> node)
    {
        _recent.Remove(node);
        _entries.Remove(node.Value.Key);
        _weight -= node.Value.Weight;
    }

    private sealed class Entry(TKey key, TValue value)
    {
        public TKey Key { get; } = key;
        public TValue Value { get; } = value;
        public long Weight { get; set; }
    }
}
