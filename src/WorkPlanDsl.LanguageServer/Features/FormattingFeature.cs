using System.Collections.Generic;
using WorkPlanDsl.Language.Formatting;
using WorkPlanDsl.LanguageServer.Analysis;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Features;

/// <summary>Formatting is `workplan fmt`: the whole document replaced by <see cref="PlanFormatter"/>'s text, or no edit while it has syntax errors.</summary>
internal static class FormattingFeature
{
    public static IReadOnlyList<TextEdit> Format(PlanAnalysis analysis)
    {
        var result = PlanFormatter.Format(analysis.Text);
        if (result.Text is null || result.Text == analysis.Text)
        {
            return System.Array.Empty<TextEdit>();
        }

        return new[] { new TextEdit(analysis.Positions.RangeOf(0, analysis.Text.Length), result.Text) };
    }
}
