using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Reading;

namespace WorkPlanDsl.Import.Documents;

internal static partial class LayoutTable
{
    /// <summary>
    /// A unit cell's lines: a name wrapped inside its narrow column (市市场监督管 / 理局) goes on in the next line, but a
    /// cell may list one name a line, with no 、 between them (市市场监督管理局（牵头） / 市财政局 / 市商务局). A line whose
    /// words end a whole name (its lead mark, or a body's ending) followed by a line opening a body's name by its level
    /// (市…, 县…) starts a new name; the 、 the layout does not print is put back.
    /// </summary>
    private static class CellNames
    {
        private static readonly string[] LeadMarks = { "（牵头）", "(牵头)", "（牵头单位）", "(牵头单位)" };

        /// <summary>
        /// A unit cell's lines joined. A bilingual cell prints each name's English under it (区商务局 / District Bureau of
        /// / Commerce): the translation names no other unit and is left out, and the name after it is a new one.
        /// </summary>
        public static string Joined(IEnumerable<string> pieces)
        {
            var text = string.Empty;
            var afterTranslation = false;
            foreach (var piece in pieces)
            {
                if (IsTranslation(piece))
                {
                    afterTranslation = text.Length > 0;
                    continue;
                }

                if (piece.Length == 0)
                {
                    continue;
                }

                text = afterTranslation && Separators.IndexOf(piece[0]) < 0 && EndsName(text) ? text + "、" + piece : Join(text, piece);
                afterTranslation = false;
            }

            return text;
        }

        /// <summary>Words in Latin letters only (Lead Unit, Lingchuan Customs): a bilingual table's English.</summary>
        public static bool IsTranslation(string text)
        {
            var letters = 0;
            foreach (var c in text)
            {
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
                {
                    letters++;
                }
                else if (c != ' ' && ".,&'()-/".IndexOf(c) < 0)
                {
                    return false;
                }
            }

            return letters >= 2;
        }

        private static string Join(string a, string b)
            => a.Length > 0 && b.Length > 0 && Separators.IndexOf(b[0]) < 0
                && ((EndsName(a) && (EndsMark(a) || UnitShape.LevelPrefixes.IndexOf(b[0]) >= 0 || IsGroupOpening(b) || OpensNationalName(b)))
                    || (EndsBodyOfItsOwn(a) && (UnitShape.LevelPrefixes.IndexOf(b[0]) >= 0 || OpensNationalName(b) || IsGroupOpening(b) || b.StartsWith(LastName(a), System.StringComparison.Ordinal))))
                ? a + "、" + b
                : Row.Join(a, b);

        // 市商务局 / 中国出口信用保险公司某州支公司, 市统计局 / 国家统计局某州调查队: a national body's branch opens a name of its
        // own, as a level does (its own name may break over the lines after: 中国出口信用保 / 险公司某州支公司).
        private static bool OpensNationalName(string line)
            => NationalOpenings.Any(o => line.Length > o.Length + 1 && line.StartsWith(o, System.StringComparison.Ordinal));

        private static readonly string[] NationalOpenings = { "中国", "国家", "国网", "中共", "人民银行" };

        // 溡江海关 / 市商务局: a body named by its place, not its level (海关, 供电公司), ends whole where the next line opens
        // with a level.
        private static bool EndsBodyOfItsOwn(string text)
        {
            var last = LastName(text);
            return last.Length >= 4 && UnitShape.EndsLikeBody(last) && UnitShape.IsOrganisation(last);
        }

        // 岫川海关 / 岫川海关、市商务局: the name the cell's words end on, after its last separator; printed again at the
        // next line's start, it is named twice (two rows under one merged 序号), not run on.
        private static string LastName(string text) => text.Substring(text.LastIndexOfAny(Separators.Substring(0, 7).ToCharArray()) + 1);

        private const string Separators = "、，,；;：:（()）";

        // 各镇人民政府, 各街道办事处 on the line after a whole name: a group of bodies, a name of its own.
        private static bool IsGroupOpening(string line) => line.Length >= 3 && line[0] == '各' && UnitShape.IsGroup(line.Split('、')[0]);

        /// <summary>Whether the cell's words so far end a whole name: a lead mark, or an organisation's name opening with its level after the last 、.</summary>
        public static bool EndsName(string text)
        {
            if (EndsMark(text))
            {
                return true;
            }

            // The name opens with its level as the next does (市财政局 / 市商务局): a piece run over from a row or a
            // line before (业联合会, 管理局) ends as a body but is no whole name.
            // 市委组织部（市委人才办）: the name before its other name in brackets.
            var last = UnitShape.WithoutClosingBracket(text.Substring(text.LastIndexOfAny(Separators.Substring(0, 7).ToCharArray()) + 1));

            // A group (县直有关部门 / 县委督查室, two measure rows' units under one merged 序号) ends whole as well.
            return last.Length >= 3 && UnitShape.LevelPrefixes.IndexOf(last[0]) >= 0
                && ((UnitShape.EndsLikeBody(last) && UnitShape.IsOrganisation(last))
                    || (last.Length >= 5 && (last.EndsWith("部门", System.StringComparison.Ordinal) || last.EndsWith("单位", System.StringComparison.Ordinal)) && UnitShape.IsGroup(last)));
        }

        /// <summary>
        /// Whether a line of a unit cell is one whole name (市财政局, 市商务局（牵头）): it opens with its level and ends as a
        /// body, or ends with its lead mark. A wrapped name's last piece (管理局, 城乡建设局) opens no level.
        /// </summary>
        public static bool IsWholeName(string line)
            => line.Length > 0 && (EndsMark(line) || (line.IndexOf('、') < 0 && EndsName(line)));

        private static bool EndsMark(string text) => LeadMarks.Any(m => text.EndsWith(m, System.StringComparison.Ordinal));
    }
}
