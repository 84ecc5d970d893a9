using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Field labels spaced out as justified Word text prints them (<c>牵 头 单 位：</c>, <c>配 合 单 位 ：</c>): written
/// close (<c>牵头单位：</c>), so that the spaces between a label's characters do not part it as they part fields.
/// </summary>
internal static class SpacedLabels
{
    // Two to eight characters, each followed by one or two spaces, then the colon; standing at the line's start or after
    // a space or a bracket, as a label does (not 推进 县 城: the characters of a sentence's words).
    private static readonly Regex Spaced = new(
        @"(?<=^|[ 　\t（(【\[；;，,。])(?<label>(?:\p{IsCJKUnifiedIdeographs}[ 　]{1,2}){1,7}\p{IsCJKUnifiedIdeographs})[ 　]{0,2}(?<colon>[：:])",
        RegexOptions.CultureInvariant);

    public static string Joined(string text)
    {
        if (text.IndexOf('：') < 0 && text.IndexOf(':') < 0)
        {
            return text;
        }

        return Spaced.Replace(text, match =>
        {
            var label = match.Groups["label"].Value.Replace(" ", string.Empty).Replace("　", string.Empty);
            return RoleWords.Label(ChineseText.Fold(label)) != Role.None ? label + match.Groups["colon"].Value : match.Value;
        });
    }
}
