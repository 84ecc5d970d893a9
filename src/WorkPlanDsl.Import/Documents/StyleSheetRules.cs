using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// The type a page's own style sheet gives a class (<c>.zr{text-decoration:underline}</c>, <c>.qt{color:red}</c>,
/// <c>.fold{display:none}</c>), written into the style of each element of that class, before its own style, so that the
/// marks (a lead set apart by its type) and hidden text read the same whether the editor wrote them inline or in a class.
/// Only the properties the reader looks at, and only the selectors a class alone makes (<c>.zr</c>, <c>span.zr</c>).
/// </summary>
internal static class StyleSheetRules
{
    // A style sheet larger than this is a site's theme, not the page's words: it is not read.
    private const int MaxStyleText = 512 * 1024;

    private static readonly Regex Rule = new(@"(?<selectors>[^{}]+)\{(?<declarations>[^{}]*)\}", RegexOptions.CultureInvariant);

    private static readonly Regex ClassSelector = new(@"^(?<tag>[a-zA-Z][a-zA-Z0-9]*)?\.(?<class>[-_a-zA-Z0-9]+)$", RegexOptions.CultureInvariant);

    private static readonly string[] Properties = { "font-weight", "text-decoration", "text-decoration-line", "color", "display", "visibility" };

    public static void Inline(IDocument document)
    {
        var text = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        if (text.Length == 0 || text.Length > MaxStyleText)
        {
            return;
        }

        text = Regex.Replace(text, @"/\*.*?\*/", " ", RegexOptions.Singleline | RegexOptions.CultureInvariant);

        // @media print{…}, @supports(…){…}: rules for another medium or a condition, not the page as read.
        text = AtBlocks.Replace(text, " ");

        // Each element's declarations from the sheet in the sheet's order, its own style after them: the later wins, as in a
        // browser for selectors of one weight. One value a property an element, and a budget of assignments, so that a
        // sheet repeating a rule thousands of times over thousands of elements costs no more than a plan's page does.
        var sheet = new Dictionary<IElement, Dictionary<string, string>>();
        var elementsOf = new Dictionary<string, List<IElement>>(System.StringComparer.Ordinal);
        var budget = MaxAssignments;
        foreach (Match rule in Rule.Matches(text))
        {
            var declarations = rule.Groups["declarations"].Value.Split(';')
                .Select(d => (Colon: d.IndexOf(':'), Text: d))
                .Where(d => d.Colon > 0 && Properties.Contains(d.Text.Substring(0, d.Colon).Trim().ToLowerInvariant()))
                .Select(d => (Property: d.Text.Substring(0, d.Colon).Trim().ToLowerInvariant(), Value: d.Text.Substring(d.Colon + 1).Trim()))
                .ToList();
            if (declarations.Count == 0)
            {
                continue;
            }

            foreach (var selector in rule.Groups["selectors"].Value.Split(',').Select(s => s.Trim()))
            {
                if (ClassSelector.Match(selector) is not { Success: true } simple)
                {
                    continue;
                }

                var className = simple.Groups["class"].Value;
                if (!elementsOf.TryGetValue(className, out var elements))
                {
                    elementsOf[className] = elements = document.GetElementsByClassName(className).ToList();
                }

                var tag = simple.Groups["tag"].Success ? simple.Groups["tag"].Value.ToLowerInvariant() : null;
                foreach (var element in elements.Where(e => tag is null || e.LocalName == tag))
                {
                    if ((budget -= declarations.Count) < 0)
                    {
                        break;
                    }

                    if (!sheet.TryGetValue(element, out var style))
                    {
                        sheet[element] = style = new Dictionary<string, string>(System.StringComparer.Ordinal);
                    }

                    foreach (var (property, value) in declarations)
                    {
                        style[property] = value;
                    }
                }
            }
        }

        foreach (var pair in sheet)
        {
            pair.Key.SetAttribute("style", string.Join(";", pair.Value.Select(d => d.Key + ":" + d.Value)) + ";" + (pair.Key.GetAttribute("style") ?? string.Empty));
        }
    }

    // Past this many property assignments the sheet is read no further (a plan's page makes a few hundred).
    private const int MaxAssignments = 200_000;

    // An at-rule's block with the rules inside it: @media print{.a{…}.b{…}}, one level of nesting.
    private static readonly Regex AtBlocks = new(@"@[a-zA-Z-]+[^{};]*\{(?:[^{}]|\{[^{}]*\})*\}", RegexOptions.CultureInvariant);

    /// <summary>
    /// The value the last declaration of <paramref name="property"/> in a style attribute gives (a later one wins), or null.
    /// </summary>
    public static string? Last(string? style, string property)
    {
        string? value = null;
        foreach (var declaration in (style ?? string.Empty).Split(';'))
        {
            var colon = declaration.IndexOf(':');
            if (colon > 0 && declaration.Substring(0, colon).Trim().Equals(property, System.StringComparison.OrdinalIgnoreCase))
            {
                value = declaration.Substring(colon + 1).Trim().ToLowerInvariant();
            }
        }

        return value;
    }
}
