namespace WorkPlanDsl.Language.Text;

/// <summary>
/// One string for each distinct run of characters read through it: a plan names the same few units, tags and
/// deadlines on thousands of lines, and each of them would otherwise be a new string kept until binding ends.
/// </summary>
/// <remarks>
/// Bounded so that a hostile file costs no more than plain substrings would: a run that collides with too many others,
/// or that comes once the pool is full, is returned as a new string and not pooled.
/// </remarks>
internal sealed class StringPool
{
    private const int MaxEntries = 1 << 16;
    private const int MaxProbes = 16;
    private string?[] _entries;
    private int _count;

    /// <param name="expected">How many distinct strings the caller expects (the table starts at twice that, at least 64).</param>
    public StringPool(int expected = 0)
    {
        var size = 64;
        while (size < 2 * expected && size < MaxEntries)
        {
            size *= 2;
        }

        _entries = new string?[size];
    }

    public string Get(string text, int start, int length)
    {
        var mask = _entries.Length - 1;
        var index = Hash(text, start, length) & mask;
        for (var probe = 0; probe < MaxProbes; probe++, index = (index + 1) & mask)
        {
            var entry = _entries[index];
            if (entry is null)
            {
                var value = text.Substring(start, length);
                if (_count < MaxEntries)
                {
                    _entries[index] = value;
                    if (++_count * 2 > _entries.Length)
                    {
                        Grow();
                    }
                }

                return value;
            }

            if (entry.Length == length && string.CompareOrdinal(entry, 0, text, start, length) == 0)
            {
                return entry;
            }
        }

        return text.Substring(start, length);
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new string?[old.Length * 2];
        var mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry is null)
            {
                continue;
            }

            var index = Hash(entry, 0, entry.Length) & mask;
            while (_entries[index] is not null)
            {
                index = (index + 1) & mask;
            }

            _entries[index] = entry;
        }
    }

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            return hash & int.MaxValue;
        }
    }
}
