using System;

namespace WorkPlanDsl.Language.Binding;

/// <summary>
/// The ids of a plan's tasks and items (or sections), each with the offset where it was first declared, to report a
/// duplicate: what a <c>Dictionary&lt;string, int&gt;</c> did with a look-up and an insertion.
/// </summary>
/// <remarks>
/// At 100,000 tasks the dictionary's look-ups and insertions took 17–29 times what they took at 10,000 (measured
/// inside the compile, issue #13): a hash spreads the ids over a table of several megabytes, and with the text and
/// the model streaming through the caches every look-up missed them. Numbered ids (<c>T1</c>, <c>T2</c> …,
/// <c>T01</c> …), what plans and the importer use, are kept by their number instead: a table per prefix and number of
/// digits, indexed by the number, so that ids declared in order are looked up in order. Any other id, or one whose
/// number is far above the number of ids the file can declare, goes to a hash table (open addressing, the id's
/// ordinal hash, randomized per process). Which of the two an id goes to depends on the id alone (and on the prefixes
/// seen before it, which never change their table), so a duplicate always meets its first declaration.
/// </remarks>
internal sealed class IdTable
{
    private const int MaxGroups = 8;
    private const int MaxDigits = 9;

    private readonly int _maxNumber;
    private readonly Group?[] _groups = new Group?[MaxGroups];
    private int _groupCount;
    private Group? _lastGroup;

    private long[] _slots = new long[16];
    private string[] _ids = new string[8];
    private int[] _offsets = new int[8];
    private int _count;

    /// <param name="expected">How many ids the file can declare: numbers up to about twice that are kept by number.</param>
    public IdTable(int expected) => _maxNumber = (2 * Math.Max(expected, 0)) + 64;

    /// <summary>Adds <paramref name="id"/> first declared at <paramref name="offset"/>; false, with the first one's offset, when it was there.</summary>
    public bool TryAdd(string id, int offset, out int earlier)
    {
        if (NumberedGroup(id, out var number) is { } group)
        {
            return group.TryAdd(number, offset, out earlier);
        }

        return TryAddHashed(id, offset, out earlier);
    }

    /// <summary>The table of <paramref name="id"/>'s prefix and width when it is a numbered id kept by number.</summary>
    private Group? NumberedGroup(string id, out int number)
    {
        number = 0;
        var digits = id.Length;
        while (digits > 0 && id[digits - 1] is >= '0' and <= '9')
        {
            digits--;
        }

        var width = id.Length - digits;
        if (width is 0 or > MaxDigits)
        {
            return null;
        }

        for (var i = digits; i < id.Length; i++)
        {
            number = (number * 10) + (id[i] - '0');
        }

        if (number >= _maxNumber)
        {
            return null;
        }

        if (_lastGroup is { } last && last.Matches(id, digits, width))
        {
            return last;
        }

        for (var i = 0; i < _groupCount; i++)
        {
            if (_groups[i]!.Matches(id, digits, width))
            {
                return _lastGroup = _groups[i];
            }
        }

        // A new prefix gets a table only while there are few, and only when it has no digit: an item's id
        // (T12_1, one prefix per task) would take them all.
        if (_groupCount == MaxGroups || id.IndexOfAny(Digits, 0, digits) >= 0)
        {
            return null;
        }

        var group = new Group(id.Substring(0, digits), width, _maxNumber);
        _groups[_groupCount++] = group;
        return _lastGroup = group;
    }

    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    private bool TryAddHashed(string id, int offset, out int earlier)
    {
        var hash = StringComparer.Ordinal.GetHashCode(id) & int.MaxValue;
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                if (_count == _ids.Length)
                {
                    Array.Resize(ref _ids, _ids.Length * 2);
                    Array.Resize(ref _offsets, _offsets.Length * 2);
                }

                _ids[_count] = id;
                _offsets[_count] = offset;
                _slots[i] = ((long)hash << 32) | (uint)(++_count);
                if (_count * 2 > _slots.Length)
                {
                    Grow();
                }

                earlier = 0;
                return true;
            }

            var index = (int)(uint)slot - 1;
            if ((int)(slot >> 32) == hash && string.Equals(_ids[index], id, StringComparison.Ordinal))
            {
                earlier = _offsets[index];
                return false;
            }
        }
    }

    private void Grow()
    {
        var slots = new long[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot == 0)
            {
                continue;
            }

            var i = (int)(slot >> 32) & mask;
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = slot;
        }

        _slots = slots;
    }

    /// <summary>The ids of one prefix and number of digits: the first offset of each number, plus one (0 for none).</summary>
    private sealed class Group
    {
        private readonly string _prefix;
        private readonly int _width;
        private readonly int _max;
        private int[] _offsets = new int[16];

        public Group(string prefix, int width, int max) => (_prefix, _width, _max) = (prefix, width, max);

        public bool Matches(string id, int digits, int width)
            => width == _width && digits == _prefix.Length && string.CompareOrdinal(id, 0, _prefix, 0, digits) == 0;

        public bool TryAdd(int number, int offset, out int earlier)
        {
            if (number >= _offsets.Length)
            {
                var length = _offsets.Length;
                while (length <= number)
                {
                    length *= 2;
                }

                Array.Resize(ref _offsets, Math.Min(length, _max));
            }

            earlier = _offsets[number] - 1;
            if (earlier >= 0)
            {
                return false;
            }

            _offsets[number] = offset + 1;
            earlier = 0;
            return true;
        }
    }
}
