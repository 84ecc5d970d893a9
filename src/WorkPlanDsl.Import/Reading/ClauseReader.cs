using System;
using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Finds the responsibility clauses of a paragraph, the parenthesized text that says who leads and who supports, in
/// every form the published plans use:
/// <c>(X、Y牵头,A、B,C按职责分工负责)</c>, <c>(牵头处室:X;配合处室:Y)</c>, <c>(责任处室:X;配合处室:Y)</c>,
/// <c>（X、Y负责）</c> (co-leads, or the first-listed lead once the document states that rule), <c>（X会同有关部门负责）</c>,
/// <c>（X牵头，Y参与）</c>, in simplified or traditional characters, with unit names that hold parentheses themselves.
/// A parenthesis without a role word (an explanation, <c>省（区、市）</c>) is not a clause.
/// </summary>
internal sealed class ClauseReader
{
    private const string FirstListedRule = "排在第一位的部门为牵头部门";

    private static readonly (string Word, Role Role)[] RoleWords =
    {
        ("按职责分工负责", Role.Support), ("按职责分工", Role.Support), ("按职责负责", Role.Support), ("分工负责", Role.Support),
        ("负责落实", Role.Support), ("牵头", Role.Lead), ("负责", Role.Responsible), ("参与", Role.Support), ("配合", Role.Support),
        ("协助", Role.Support), ("协办", Role.Support), ("会同", Role.Together), ("指导", Role.Guide),
    };

    private static readonly (string Key, Role Role)[] Keys =
    {
        ("牵头", Role.Lead), ("责任", Role.Lead), ("主责", Role.Lead), ("主办", Role.Lead),
        ("配合", Role.Support), ("协办", Role.Support), ("参与", Role.Support), ("协助", Role.Support),
    };

    private const string NameEndings = "中心站所科处室办局组院会委部";

    /// <summary>Set once a clause states that the first-listed department leads ("下同": here and after).</summary>
    public bool FirstListedLeads { get; private set; }

    public List<Clause> Read(string text, string folded)
    {
        var clauses = new List<Clause>();
        foreach (var (start, end) in Parentheses(folded))
        {
            var content = folded.Substring(start + 1, end - start - 2);
            if (!HasRole(content))
            {
                continue;
            }

            if (content.Contains(FirstListedRule))
            {
                FirstListedLeads = true;
            }

            var clause = new Clause(start, end);
            var original = text.Substring(start + 1, end - start - 2);
            if (IsKeyValue(content))
            {
                ReadKeyValue(original, content, clause);
            }
            else
            {
                ReadInline(original, content, clause);
            }

            if (clause.Leads.Count + clause.Supports.Count + clause.Unread.Count > 0)
            {
                clauses.Add(clause);
            }
        }

        return clauses;
    }

    /// <summary>The outermost parenthesized groups, as (open, just after close); unbalanced ones are skipped.</summary>
    internal static IEnumerable<(int Start, int End)> Parentheses(string text)
    {
        var depth = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (ChineseText.IsOpenParen(text[i]))
            {
                if (depth++ == 0)
                {
                    start = i;
                }
            }
            else if (ChineseText.IsCloseParen(text[i]) && depth > 0 && --depth == 0)
            {
                yield return (start, i + 1);
            }
        }
    }

    private static bool HasRole(string content)
        => RoleWords.Any(r => RoleAt(content, content.IndexOf(r.Word, StringComparison.Ordinal), r.Word)) || IsKeyValue(content);

    private static bool IsKeyValue(string content)
    {
        var colon = content.IndexOfAny(new[] { ':', '：' });
        return colon > 0 && Keys.Any(k => content.Substring(0, colon).Contains(k.Key));
    }

    // A role word is a role where it ends a run of names, not inside a name (健康教育指导中心) or a phrase (负责同志).
    private static bool RoleAt(string content, int index, string word)
    {
        if (index < 0)
        {
            return false;
        }

        var after = index + word.Length;
        if (after < content.Length && (NameEndings.IndexOf(content[after]) >= 0 || content[after] is '同' or '人'))
        {
            return false;
        }

        return true;
    }

    private void ReadKeyValue(string original, string content, Clause clause)
    {
        foreach (var (start, end) in SplitTopLevel(content, ";；"))
        {
            var segment = content.Substring(start, end - start);
            var colon = segment.IndexOfAny(new[] { ':', '：' });
            if (colon < 0)
            {
                clause.Unread.Add(original.Substring(start, end - start));
                continue;
            }

            var key = segment.Substring(0, colon);
            var role = Keys.FirstOrDefault(k => key.Contains(k.Key)).Role;
            var names = Names(original.Substring(start + colon + 1, end - start - colon - 1), content.Substring(start + colon + 1, end - start - colon - 1));
            Assign(clause, role == Role.None ? Role.Unknown : role, names);
        }
    }

    private void ReadInline(string original, string content, Clause clause)
    {
        var pending = 0;
        var together = false;
        var i = 0;
        while (i < content.Length)
        {
            var match = RoleWords.FirstOrDefault(r => string.CompareOrdinal(content, i, r.Word, 0, r.Word.Length) == 0 && RoleAt(content, i, r.Word));
            if (match.Word is null)
            {
                i++;
                continue;
            }

            var names = Names(original.Substring(pending, i - pending), content.Substring(pending, i - pending));
            var role = match.Role;
            if (role == Role.Together)
            {
                Assign(clause, Role.Lead, names);
                together = true;
            }
            else
            {
                // After 会同, the names up to the next role word are the ones the leads work with.
                Assign(clause, together && role is Role.Responsible or Role.Lead ? Role.Support : role, names);
                together = false;
            }

            i += match.Word.Length;
            pending = i;
        }

        var rest = content.Substring(pending).Trim(' ', '，', ',', '。', '；', ';', '、');
        if (rest.Length > 0 && !rest.Contains(FirstListedRule) && rest != "下同")
        {
            clause.Unread.Add(original.Substring(pending).Trim(' ', '，', ',', '。', '；', ';', '、'));
        }
    }

    private void Assign(Clause clause, Role role, List<(string Name, bool Tail)> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        switch (role)
        {
            case Role.Lead:
                // A collective after 等 (等各相关处室) is nobody in particular: it supports.
                clause.Leads.AddRange(names.Where(n => !n.Tail).Select(n => n.Name));
                clause.Supports.AddRange(names.Where(n => n.Tail).Select(n => n.Name));
                break;
            case Role.Responsible when FirstListedLeads:
                clause.Leads.Add(names[0].Name);
                clause.Supports.AddRange(names.Skip(1).Select(n => n.Name));
                break;
            case Role.Responsible:
                goto case Role.Lead;
            case Role.Support:
                clause.Supports.AddRange(names.Select(n => n.Name));
                break;
            default:
                clause.Unread.Add(string.Join("、", names.Select(n => n.Name)) + (role == Role.Guide ? "指导" : string.Empty));
                break;
        }
    }

    /// <summary>
    /// The names of a run such as <c>,人事科、基药办,各县市区卫生健康局</c>: split at top-level separators, with a trailing
    /// 等 dropped and a collective after 等 (<c>X等有关部门</c>) kept as a name of its own, marked as a tail.
    /// </summary>
    private static List<(string Name, bool Tail)> Names(string original, string folded)
    {
        var names = new List<(string, bool)>();
        foreach (var (start, end) in SplitTopLevel(folded, "、，,；; "))
        {
            var name = original.Substring(start, end - start).Trim();
            var key = folded.Substring(start, end - start).Trim();
            if (key.StartsWith("由", StringComparison.Ordinal) || key.StartsWith("和", StringComparison.Ordinal) || key.StartsWith("及", StringComparison.Ordinal))
            {
                name = name.Substring(1);
                key = key.Substring(1);
            }

            var etc = key.IndexOf('等');
            if (etc == key.Length - 1)
            {
                name = name.Substring(0, etc);
            }
            else if (etc > 0)
            {
                names.Add((name.Substring(0, etc), false));
                name = name.Substring(etc + 1);
                if (name.Length >= 2)
                {
                    names.Add((name, true));
                }

                continue;
            }
            else if (etc == 0 && name.Length > 1)
            {
                name = name.Substring(1);
                if (name.Length >= 2)
                {
                    names.Add((name, true));
                }

                continue;
            }

            if (name.Length >= 2)
            {
                names.Add((name, false));
            }
        }

        return names;
    }

    private static IEnumerable<(int Start, int End)> SplitTopLevel(string text, string separators)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                if (ChineseText.IsOpenParen(text[i]))
                {
                    depth++;
                }
                else if (ChineseText.IsCloseParen(text[i]) && depth > 0)
                {
                    depth--;
                }

                if (depth > 0 || separators.IndexOf(text[i]) < 0)
                {
                    continue;
                }
            }

            if (i > start)
            {
                yield return (start, i);
            }

            start = i + 1;
        }
    }

    private enum Role
    {
        None,
        Lead,
        Support,
        Responsible,
        Together,
        Guide,
        Unknown,
    }
}
