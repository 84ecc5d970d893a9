using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Field labels spaced out as justified Word text prints them (<c>牵 头 单 位：</c>, <c>配 合 单 位 ：</c>): written
/// close (<c>牵头单位：</c>), so that the spaces between a label's characters do not part it as they part fields. So too
/// labels set as tags in tortoise-shell brackets (<c>〔牵头〕市国资委　〔参与〕市财政局</c>), which are written as the
/// square-bracket tags they are (<c>【牵头】</c>), not read as a parenthesis of words; and a label a scan's recognition
/// closed with a semicolon (<c>牵头单位;X</c>), with its colon.
/// </summary>
internal static class SpacedLabels
{
    // Two to eight characters, each followed by one or two spaces, then the colon; standing at the line's start or after
    // a space or a bracket, as a label does (not 推进 县 城: the characters of a sentence's words).
    private static readonly Regex Spaced = new(
        @"(?<=^|[ 　\t（(【\[；;，,。])(?<label>(?:\p{IsCJKUnifiedIdeographs}[ 　]{1,2}){1,7}\p{IsCJKUnifiedIdeographs})[ 　]{0,2}(?<colon>[：:])",
        RegexOptions.CultureInvariant);

    // 〔牵头〕X: a label alone in the brackets, a name right after it.
    private static readonly Regex Tag = new(@"〔(?<label>\p{IsCJKUnifiedIdeographs}{2,8})〕(?=[^\s〔〕（(，,。；;])", RegexOptions.CultureInvariant);

    // 牵头单位;镇农业农村办: a label opening its line with a semicolon where its colon stands (a scan's recognition).
    private static readonly Regex SemicolonLabel = new(@"^(?<lead>[ 　]*)(?<label>\p{IsCJKUnifiedIdeographs}{2,8})[;；](?=[ 　]*\p{IsCJKUnifiedIdeographs})", RegexOptions.CultureInvariant);

    public static string Joined(string text)
    {
        if ((text.IndexOf(';') >= 0 || text.IndexOf('；') >= 0) && SemicolonLabel.Match(text) is { Success: true } semicolon
            && RoleWords.Label(ChineseText.Fold(semicolon.Groups["label"].Value)) is not (Role.None or Role.Time))
        {
            text = text.Substring(0, semicolon.Groups["label"].Index + semicolon.Groups["label"].Length) + "："
                + text.Substring(semicolon.Groups["label"].Index + semicolon.Groups["label"].Length + 1);
        }

        if (text.IndexOf('〔') >= 0)
        {
            text = Tag.Replace(text, match => RoleWords.Label(ChineseText.Fold(match.Groups["label"].Value)) is not (Role.None or Role.Time)
                ? "【" + match.Groups["label"].Value + "】" : match.Value);
        }

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
