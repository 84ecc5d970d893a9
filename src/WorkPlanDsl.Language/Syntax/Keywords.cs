using System.Collections.Generic;

namespace WorkPlanDsl.Language.Syntax;

/// <summary>The statement keywords and their Chinese aliases, which mean the same.</summary>
public static class Keywords
{
    private static readonly Dictionary<string, StatementKind> ByWord = new(System.StringComparer.Ordinal)
    {
        ["plan"] = StatementKind.Plan, ["计划"] = StatementKind.Plan,
        ["title"] = StatementKind.Title, ["标题"] = StatementKind.Title,
        ["issuer"] = StatementKind.Issuer, ["发文单位"] = StatementKind.Issuer,
        ["published"] = StatementKind.Published, ["发布日期"] = StatementKind.Published,
        ["year"] = StatementKind.Year, ["年度"] = StatementKind.Year,
        ["source"] = StatementKind.Source, ["来源"] = StatementKind.Source,
        ["unit"] = StatementKind.Unit, ["单位"] = StatementKind.Unit,
        ["group"] = StatementKind.Group, ["群组"] = StatementKind.Group,
        ["section"] = StatementKind.Section, ["部分"] = StatementKind.Section,
        ["task"] = StatementKind.Task, ["任务"] = StatementKind.Task,
        ["item"] = StatementKind.Item, ["子项"] = StatementKind.Item,
        ["label"] = StatementKind.Label, ["编号"] = StatementKind.Label,
        ["lead"] = StatementKind.Lead, ["牵头"] = StatementKind.Lead,
        ["support"] = StatementKind.Support, ["配合"] = StatementKind.Support,
        ["due"] = StatementKind.Due, ["时限"] = StatementKind.Due,
        ["target"] = StatementKind.Target, ["目标"] = StatementKind.Target,
        ["tag"] = StatementKind.Tag, ["标签"] = StatementKind.Tag,
    };

    /// <summary>The word that introduces the alias list of a unit or group.</summary>
    public const string Alias = "alias";

    /// <summary>
    /// <c>lead none "理由"</c> (<c>牵头 无 "理由"</c>): the task has no lead on purpose. These words are not unit names: a
    /// unit cannot be declared <c>none</c> or <c>无</c> and referred to alone in a <c>lead</c>.
    /// </summary>
    public static bool IsNoLead(string word) => word is "none" or "无";

    private static readonly KeyValuePair<string, StatementKind>[] Entries = System.Linq.Enumerable.ToArray(ByWord);

    /// <summary>Every keyword and its alias with the statement it starts, each English word before its alias: the one table that editors, grammars and completion are made from.</summary>
    public static IReadOnlyList<KeyValuePair<string, StatementKind>> All => Entries;

    // The keywords by their first character, folded into 32 buckets: a line's keyword is found with a comparison or
    // two instead of a scan of all 34 spellings.
    private static readonly KeyValuePair<string, StatementKind>[][] ByFirstCharacter = BucketByFirstCharacter();

    /// <summary>The keyword spelt by <paramref name="text"/> from <paramref name="start"/>, without making a string of it.</summary>
    public static bool TryGetKind(string text, int start, int length, out StatementKind kind)
    {
        if (length > 0)
        {
            foreach (var entry in ByFirstCharacter[text[start] & 31])
            {
                if (entry.Key.Length == length && string.CompareOrdinal(text, start, entry.Key, 0, length) == 0)
                {
                    kind = entry.Value;
                    return true;
                }
            }
        }

        kind = default;
        return false;
    }

    private static KeyValuePair<string, StatementKind>[][] BucketByFirstCharacter()
    {
        var buckets = new KeyValuePair<string, StatementKind>[32][];
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(Entries, e => (e.Key[0] & 31) == i));
        }

        return buckets;
    }

    // Made once: the parser asks for a spelling on every line.
    private static readonly string[] Spellings = SpellAll();

    /// <summary>
    /// The keyword an unknown word was probably meant to be (leed: lead, Task: task, 牵投: 牵头), or null when none is
    /// close enough to suggest; a word that differs only in case is always meant.
    /// </summary>
    public static string? Closest(string word)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key, word, System.StringComparison.OrdinalIgnoreCase))
            {
                return entry.Key;
            }

            var distance = Text.EditDistance.Between(word, entry.Key);
            if (distance < bestDistance && distance * 2 <= System.Math.Max(word.Length, entry.Key.Length) && distance <= 2)
            {
                best = entry.Key;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The English keyword of a statement, as the formatter and messages spell it.</summary>
    public static string Spelling(StatementKind kind)
        => (uint)kind < (uint)Spellings.Length && Spellings[(int)kind] is { } spelling ? spelling : Spell(kind);

    private static string[] SpellAll()
    {
        var kinds = (StatementKind[])System.Enum.GetValues(typeof(StatementKind));
        var spellings = new string[System.Linq.Enumerable.Max(kinds, k => (int)k) + 1];
        foreach (var kind in kinds)
        {
            spellings[(int)kind] = Spell(kind);
        }

        return spellings;
    }

    private static string Spell(StatementKind kind) => kind == StatementKind.Text ? "|" : kind.ToString().ToLowerInvariant();

    /// <summary>Words of the design that this version does not implement, so that the message can say so.</summary>
    public static bool IsReservedForLaterVersion(string word)
        => word is "directory" or "名录" or "use" or "引用";
}
