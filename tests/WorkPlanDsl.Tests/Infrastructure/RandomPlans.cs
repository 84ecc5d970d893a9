using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using WorkPlanDsl.Language.Syntax;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>
/// Random valid plans: identifiers that are C# keywords or collide with generated names, Chinese and mixed
/// identifiers, strings with quotes, backslashes, comment and XML-doc terminators, '#', '|', control characters and
/// surrogates, every statement and every Chinese alias. The plan is built from a seed, so a failure prints it whole.
/// </summary>
internal static class RandomPlans
{
    private static readonly string[] Identifiers =
    {
        "class", "int", "namespace", "event", "void", "record", "global", "var", "value", "Tasks", "Plan", "Units", "Sections",
        "TaskId", "Equals", "ToString", "GetType", "value__", "_", "体改科", "医政医管科", "各县市区卫生健康局", "T01", "任务A",
        "Ab_中文9", "𠀀科", "Ⅻ区", "ǅx", "lower", "WorkPlanDslStorage__", "Build", "Add0",
    };

    private static readonly string[] Fragments =
    {
        "中文", "a", "\"", "\\", "*/", "/*", "</summary>", "<see cref=\"x\"/>", "#", "|", "&amp;", "\u0001", "\u001F", "\t", "\n",
        "\uD800", "\uDC00", "😀", "\u2028", "\u0085", "\uFEFF", " ", "“三医”", "{0}", "@", "'", "\\u0041", "牵头", "plan", "ﾘ",
    };

    private static readonly (string English, string Chinese)[] Keywords =
    {
        ("plan", "计划"), ("title", "标题"), ("issuer", "发文单位"), ("published", "发布日期"), ("year", "年度"), ("source", "来源"),
        ("unit", "单位"), ("group", "群组"), ("section", "部分"), ("task", "任务"), ("item", "子项"), ("label", "编号"),
        ("lead", "牵头"), ("support", "配合"), ("due", "时限"), ("target", "目标"), ("tag", "标签"),
    };

    /// <summary>A seed, sizes and a choice of keyword spelling; built into plan text by <see cref="Build"/>.</summary>
    public static Gen<string> Plans { get; } =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 8], Gen.Int[0, 4], Gen.Int[0, 14], (seed, units, sections, tasks) => Build(seed, units, sections, tasks));

    public static string Build(int seed, int unitCount, int sectionCount, int taskCount)
    {
        var random = new Random(seed);
        var output = new StringBuilder();
        string K(string english) => random.Next(3) == 0 ? Keywords.Single(k => k.English == english).Chinese : english;
        string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];
        string Str() => PlanText.Quote(string.Concat(Enumerable.Range(0, random.Next(0, 7)).Select(_ => Pick(Fragments))));
        string TextLine() => string.Concat(Enumerable.Range(0, random.Next(0, 7)).Select(_ => Pick(Fragments))).Replace("\n", string.Empty).Replace("\r", string.Empty);
        string Indent() => new(' ', random.Next(0, 4));

        var pool = Identifiers.OrderBy(_ => random.Next()).ToList();
        var names = new Queue<string>(pool.Concat(pool.Select(p => p + "2")));
        var units = Enumerable.Range(0, unitCount).Select(_ => names.Dequeue()).ToList();
        var aliases = new List<string>();
        var year = 2000 + random.Next(0, 30);

        output.Append("# random plan ").Append(seed.ToString(CultureInfo.InvariantCulture)).Append('\n');
        output.Append(K("plan")).Append(' ').Append(Pick(Identifiers)).Append('.').Append(Pick(Identifiers)).Append('.').Append(Pick(Identifiers));
        output.Append(random.Next(2) == 0 ? " " + Str() : string.Empty).Append('\n');
        if (random.Next(2) == 0)
        {
            output.Append(Indent()).Append(K("issuer")).Append(' ').Append(Str()).Append('\n');
        }

        output.Append(Indent()).Append(K("year")).Append(' ').Append(year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (random.Next(2) == 0)
        {
            output.Append(K("published")).Append(' ').Append(year.ToString(CultureInfo.InvariantCulture)).Append("-0").Append(random.Next(1, 10).ToString(CultureInfo.InvariantCulture)).Append("-1").Append(random.Next(0, 9).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        if (random.Next(2) == 0)
        {
            output.Append(K("source")).Append(' ').Append(Str()).Append('\n');
        }

        output.Append("| ").Append(TextLine()).Append('\n');
        foreach (var unit in units)
        {
            output.Append(K(random.Next(3) == 0 ? "group" : "unit")).Append(' ').Append(unit);
            if (random.Next(2) == 0)
            {
                output.Append(' ').Append(Str());
            }

            if (random.Next(3) == 0)
            {
                var alias = names.Dequeue();
                aliases.Add(alias);
                output.Append(" alias ").Append(alias);
            }

            output.Append('\n');
        }

        var references = units.Concat(aliases).ToList();
        string Refs() => string.Join(Pick(new[] { ", ", "，", "、", "," }), references.OrderBy(_ => random.Next()).Take(random.Next(1, Math.Min(4, references.Count) + 1)));
        var sectionIds = new Queue<string>(pool.OrderBy(_ => random.Next()));
        var work = new Queue<string>(pool.OrderBy(_ => random.Next()).Concat(pool.Select(p => p + "3")));
        for (var t = 0; t < taskCount; t++)
        {
            if (sectionCount > 0 && random.Next(Math.Max(1, taskCount / sectionCount)) == 0 && sectionIds.Count > 0)
            {
                output.Append('\n').Append(K("section")).Append(' ').Append(sectionIds.Dequeue()).Append(' ').Append(Str()).Append('\n');
                Attributes(lead: true, targets: false);
            }

            var task = work.Dequeue();
            output.Append('\n').Append(K("task")).Append(' ').Append(task).Append(' ').Append(Str()).Append('\n');
            Attributes(lead: random.Next(4) != 0, targets: true);
            for (var i = random.Next(0, 3); i > 0; i--)
            {
                output.Append("  ").Append(K("item")).Append(random.Next(2) == 0 ? " " + work.Dequeue() : string.Empty).Append(' ').Append(Str()).Append('\n');
                Attributes(lead: random.Next(3) == 0, targets: true);
            }
        }

        return output.ToString();

        void Attributes(bool lead, bool targets)
        {
            if (random.Next(2) == 0)
            {
                output.Append(Indent()).Append(K("label")).Append(' ').Append(Str()).Append('\n');
            }

            if (lead)
            {
                output.Append(Indent()).Append(K("lead")).Append(' ').Append(Refs()).Append('\n');
            }

            if (random.Next(2) == 0)
            {
                output.Append(Indent()).Append(K("support")).Append(' ').Append(Refs()).Append('\n');
            }

            if (random.Next(2) == 0)
            {
                output.Append(Indent()).Append(K("due")).Append(' ').Append(random.Next(2) == 0 ? year.ToString(CultureInfo.InvariantCulture) + "-1" + random.Next(0, 3).ToString(CultureInfo.InvariantCulture) : PlanText.Quote(Pick(new[] { "6月底前", "年底前", "三季度", "长期坚持", "2025年6月底", "\"" }))).Append('\n');
            }

            for (var n = targets ? random.Next(0, 3) : 0; n > 0; n--)
            {
                output.Append(Indent()).Append(K("target")).Append(' ').Append(Str());
                if (random.Next(4) != 0)
                {
                    output.Append(' ').Append(Pick(new[] { ">=", "<=", "=", ">", "<", "≥", "≤" })).Append(' ')
                        .Append((random.Next(0, 100000) / (random.Next(2) == 0 ? 1m : 100m)).ToString(CultureInfo.InvariantCulture))
                        .Append(Pick(new[] { string.Empty, " %", "%", " 个", " /10万", "‰", " 万人 #1" }));
                }

                output.Append('\n');
            }

            if (targets && random.Next(3) == 0)
            {
                output.Append(Indent()).Append(K("tag")).Append(' ').Append(string.Join(", ", pool.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))).Append('\n');
            }

            for (var n = random.Next(0, 3); n > 0; n--)
            {
                output.Append(Indent()).Append('|').Append(random.Next(2) == 0 ? " " : string.Empty).Append(TextLine()).Append('\n');
            }
        }
    }
}
