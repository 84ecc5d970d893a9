using System.Linq;
using System.Text;
using WorkPlanDsl.Language.Syntax;

namespace WorkPlanDsl.Import;

/// <summary>
/// A plan's dotted name made from a file name or a title, when the user gives none: always a valid name, and two
/// files with different names get different plans (so two imports into one project do not clash, WPL0009).
/// </summary>
public static class PlanNames
{
    /// <summary>The namespace of a name made from one word: <c>zhuzhou-2024.wplan</c> is <c>Plans.Zhuzhou2024</c>.</summary>
    public const string DefaultNamespace = "Plans";

    /// <summary>
    /// <c>zhuzhou-2024.txt</c> → <c>Plans.Zhuzhou2024</c>; <c>zhuzhou.health-2024.wplan</c> → <c>Zhuzhou.Health2024</c>;
    /// <c>株洲市方案.docx</c> → <c>Plans.株洲市方案</c>. The extension is dropped, dots separate the parts, and each
    /// part keeps its letters, digits and '_' (words after a space or '-' start upper case). Null when no part has a
    /// letter or digit.
    /// </summary>
    public static string? FromFileName(string fileName)
    {
        var name = fileName.Substring(fileName.LastIndexOfAny(new[] { '/', '\\' }) + 1);
        var dot = name.LastIndexOf('.');
        return FromParts(dot > 0 ? name.Substring(0, dot) : name);
    }

    /// <summary>A name made from a document's title the same way (its dots are punctuation, not separators); null when it has no letter or digit.</summary>
    public static string? FromTitle(string title) => Word(title) is { } word ? DefaultNamespace + "." + word : null;

    private static string? FromParts(string stem)
    {
        var parts = stem.Split('.').Select(Word).Where(p => p is not null).Cast<string>().ToList();
        if (parts.Count == 1)
        {
            parts.Insert(0, DefaultNamespace);
        }

        return parts.Count == 0 ? null : string.Join(".", parts);
    }

    // The runs of identifier characters, each capitalised, joined; "Plan" before a leading digit (2024 → Plan2024).
    private static string? Word(string text)
    {
        var word = new StringBuilder();
        var startsRun = true;
        for (var i = 0; i < text.Length; i += CharClass.CharWidth(text, i))
        {
            if (!CharClass.IsIdentifierPart(text, i))
            {
                startsRun = true;
                continue;
            }

            var c = text[i];
            word.Append(startsRun && c >= 'a' && c <= 'z' ? char.ToUpperInvariant(c) : c);
            if (CharClass.CharWidth(text, i) == 2)
            {
                word.Append(text[i + 1]);
            }

            startsRun = false;
        }

        if (word.Length == 0)
        {
            return null;
        }

        var result = word.ToString();
        return CharClass.IsIdentifierStart(result, 0) ? result : "Plan" + result;
    }
}
