using System.Collections.Generic;
using System.Linq;
using System.Text;
using WorkPlanDsl.Language.Syntax;

namespace WorkPlanDsl.Import.Reading;

/// <summary>A unit or group as the document prints it, and the identifier the plan declares it with.</summary>
internal sealed class NamedUnit
{
    public NamedUnit(string name, string id, bool isGroup)
    {
        Name = name;
        Id = id;
        IsGroup = isGroup;
    }

    public string Name { get; }

    public string Id { get; }

    public bool IsGroup { get; }

    public List<string> Aliases { get; } = new();
}

/// <summary>
/// The units and groups a document names, in order of first mention: which are collectives, what identifier each
/// gets, and which names are evident abbreviations of others (规信科 for 规划信息科).
/// </summary>
internal sealed class UnitNames
{
    private readonly List<string> _names = new();
    private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);

    private readonly List<(string Short, string Long)> _declared = new();

    public void Mention(string name)
    {
        if (_seen.Add(name))
        {
            _names.Add(name);
        }
    }

    /// <summary>Takes back the mention of a name no element names any more (the end of a broken name, dropped).</summary>
    public void Forget(string name)
    {
        if (_seen.Remove(name))
        {
            _names.Remove(name);
        }
    }

    /// <summary>A short name the document declares for a body (以下简称): its alias wherever either is mentioned.</summary>
    public void Declare(string shortName, string longName)
    {
        if (shortName != longName && !_declared.Exists(d => d.Short == shortName))
        {
            _declared.Add((shortName, longName));
        }
    }

    /// <summary>Declares every mentioned name; returns the units, and how each printed name is referenced.</summary>
    public (List<NamedUnit> Units, Dictionary<string, string> References, List<(string Short, string Long)> Abbreviations) Resolve()
    {
        // A declared short name is the alias of its body where either is mentioned; the body is declared then, as the
        // document names it in full.
        var declared = _declared.Where(d => _seen.Contains(d.Short) || _seen.Contains(d.Long)).ToList();
        declared.ForEach(d => Mention(d.Long));
        var declaredShort = new HashSet<string>(declared.Select(d => d.Short), System.StringComparer.Ordinal);
        var abbreviations = FindAbbreviations().Where(a => !declaredShort.Contains(a.Short) && !declaredShort.Contains(a.Long)).ToList();
        var shortNames = new HashSet<string>(abbreviations.Select(a => a.Short).Concat(declaredShort), System.StringComparer.Ordinal);
        var units = new List<NamedUnit>();
        var byName = new Dictionary<string, NamedUnit>(System.StringComparer.Ordinal);
        var references = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        var groups = new Dictionary<string, NamedUnit>(System.StringComparer.Ordinal);
        foreach (var name in _names.Where(n => !shortNames.Contains(n)))
        {
            // 各区、县政府 and 各区县政府: one group printed with and without its 、, not two.
            if (IsCollective(name) && groups.TryGetValue(Identifier(name), out var same))
            {
                byName[name] = same;
                references[name] = same.Id;
                continue;
            }

            var unit = new NamedUnit(name, UniqueId(name, ids), IsCollective(name));
            if (unit.IsGroup && !groups.ContainsKey(Identifier(name)))
            {
                groups[Identifier(name)] = unit;
            }

            units.Add(unit);
            byName[name] = unit;
            references[name] = unit.Id;
        }

        foreach (var (shortName, longName) in declared.Concat(abbreviations))
        {
            var unit = byName[longName];
            if (ids.Add(shortName))
            {
                unit.Aliases.Add(shortName);
                references[shortName] = shortName;
            }
            else
            {
                references[shortName] = unit.Id;
            }
        }

        return (units, references, abbreviations);
    }

    /// <summary>
    /// 各县市区卫生健康局, 委机关各科室, 委直属单位, 有关部门, 各相关处室, 区级相关部门, 领导小组其他成员单位, 联席会议成员单位:
    /// collectives, nobody in particular.
    /// </summary>
    public static bool IsCollective(string name)
    {
        var folded = ChineseText.Fold(name);
        return folded.StartsWith("各", System.StringComparison.Ordinal)
            || folded.StartsWith("有关", System.StringComparison.Ordinal)
            || folded.StartsWith("相关", System.StringComparison.Ordinal)
            || folded.StartsWith("其他", System.StringComparison.Ordinal)
            || folded.StartsWith("委直属", System.StringComparison.Ordinal)
            || folded.StartsWith("委属", System.StringComparison.Ordinal)
            || folded.StartsWith("直属", System.StringComparison.Ordinal)
            || folded.Contains("有关")
            || folded.Contains("相关")
            || folded.Contains("其他成员")
            || folded.EndsWith("成员单位", System.StringComparison.Ordinal)
            || IsLevelsBodies(folded)
            || (folded.IndexOf('各') > 0 && folded.IndexOf('各') < folded.Length - 1);
    }

    // 市直行政执法部门, 区级行政执法部门, 县直单位: the bodies of one level of government of a kind, all of them (not
    // 县级以上财政部门, every government's of a kind: see UnitShape.IsKindOfGovernment).
    // Judged for every name a clause holds: no closure, no LINQ.
    private static bool IsLevelsBodies(string folded)
    {
        if (folded.Length < 4 || folded[1] is not ('直' or '级') || folded.IndexOf('以') >= 0)
        {
            return false;
        }

        foreach (var ending in PluralEndings)
        {
            if (folded.EndsWith(ending, System.StringComparison.Ordinal))
            {
                return System.Array.IndexOf(LevelsWords, folded.Substring(0, 2)) >= 0;
            }
        }

        return false;
    }

    private static readonly string[] LevelsWords = { "省直", "市直", "县直", "区直", "省级", "市级", "县级", "区级" };

    private static readonly string[] PluralEndings = { "部门", "单位", "机关", "机构" };

    /// <summary>
    /// An identifier for a printed name: what is in parentheses goes (办公室(对外合作交流处) is 办公室), characters that
    /// identifiers do not take go, leading digits move to the end (120指挥中心 is 指挥中心120). A clash takes the whole name.
    /// </summary>
    private static string UniqueId(string name, HashSet<string> ids)
    {
        var candidates = new[] { Identifier(WithoutParentheses(name)), Identifier(name) };
        foreach (var candidate in candidates.Where(c => c.Length > 0))
        {
            if (ids.Add(candidate))
            {
                return candidate;
            }
        }

        var stem = candidates.FirstOrDefault(c => c.Length > 0) ?? "单位";
        for (var n = 2; ; n++)
        {
            var candidate = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (ids.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private static string WithoutParentheses(string name)
    {
        var builder = new StringBuilder();
        var depth = 0;
        foreach (var c in name)
        {
            if (ChineseText.IsOpenParen(c))
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(c))
            {
                depth = System.Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Identifier(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i += CharClass.CharWidth(text, i))
        {
            if (CharClass.IsIdentifierPart(text, i))
            {
                builder.Append(text, i, CharClass.CharWidth(text, i));
            }
        }

        var id = builder.ToString();
        var digits = 0;
        while (digits < id.Length && !CharClass.IsIdentifierStart(id, digits))
        {
            digits++;
        }

        return digits == 0 ? id : id.Substring(digits) + id.Substring(0, digits);
    }

    // 规信科 abbreviates 规划信息科: same first and last character, its characters in order with at most one left out
    // between two kept (the first character of each two-character word), and no other candidate. Looser matching read
    // 省数据局 as 省政务服务和大数据管理局, another body's name: a guess, and a wrong lead is worse than none. One
    // character left out is another body (政务司司长办公室 and 政务司副司长办公室), not a shorter name.
    // The first index of a list sorted by length whose name is at least that long.
    private static int FirstOfLength(List<string> sorted, int length)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].Length < length)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private List<(string Short, string Long)> FindAbbreviations()
    {
        var found = new List<(string, string)>();
        var longNames = new HashSet<string>(System.StringComparer.Ordinal);
        var units = _names.Where(n => n.Length > 0 && !IsCollective(n)).ToList();

        // The names a short one may abbreviate share its first and last characters and are longer: grouped so, longest
        // last, a name meets only its candidates (a clause of thousands of names is not compared pair by pair).
        var byEnds = units.GroupBy(n => (n[0], n[n.Length - 1])).ToDictionary(g => g.Key, g => g.OrderBy(n => n.Length).ToList());
        foreach (var shortName in units.Where(n => n.Length >= 3 && CharClass.IsIdentifier(n)))
        {
            var candidates = byEnds[(shortName[0], shortName[shortName.Length - 1])];
            var from = FirstOfLength(candidates, shortName.Length + 2);
            string? only = null;
            var count = 0;
            for (var i = from; i < candidates.Count && count < 2; i++)
            {
                if (IsWordInitials(shortName, candidates[i]))
                {
                    only = candidates[i];
                    count++;
                }
            }

            if (count == 1 && !longNames.Contains(shortName))
            {
                found.Add((shortName, only!));
                longNames.Add(only!);
            }
        }

        return found;
    }

    private static bool IsWordInitials(string shortName, string longName)
    {
        // reach[j]: positions in longName where shortName[j] can sit, each step leaving out at most one character.
        var reach = new HashSet<int> { 0 };
        for (var j = 1; j < shortName.Length; j++)
        {
            var next = new HashSet<int>();
            foreach (var i in reach)
            {
                for (var k = i + 1; k <= i + 2 && k < longName.Length; k++)
                {
                    if (longName[k] == shortName[j])
                    {
                        next.Add(k);
                    }
                }
            }

            reach = next;
        }

        return reach.Contains(longName.Length - 1);
    }
}
