using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// When a clause speaks of another time or of a part of the work: who had the work in a year before the plan's
/// (<c>2024年由X负责，2025年起由Y负责</c>), an earlier round, and the part of the work the words before a <c>由</c> name
/// (<c>执法案卷评查由区司法局组织实施</c>) against the whole task restated, the time alone or how it is given.
/// </summary>
internal sealed partial class ElementReader
{
    // 2024年由县交通运输局负责，2025年起由各乡镇负责 in a plan for 2025: who had the work in a year before the plan's is no
    // body of the task. What is left of the list is read as it would be without that name.
    private void DropEarlierYears(Clause clause, ImportedElement target, SourceLine line, int start, int end)
    {
        if (_firstYear() is not { } year)
        {
            return;
        }

        foreach (var name in clause.Leads.Concat(clause.Supports).ToList())
        {
            var at = line.Folded.IndexOf(ChineseText.Fold(name), start, end - start, System.StringComparison.Ordinal);
            var window = System.Math.Max(0, at - 12);
            if (at < 1 || line.Folded[at - 1] != '由' || EarlierYear.Match(line.Folded.Substring(window, at - 1 - window)) is not { Success: true } said
                || YearOf(said.Groups[1].Value) >= year)
            {
                continue;
            }

            if (NamedAgainForNow(line.Folded, ChineseText.Fold(name), at + name.Length, end) is var now and not Role.None)
            {
                // 2024年由县卫健局牵头，今年由县人社局牵头，县卫健局配合: named again for now, in the role now given.
                if (now == Role.Support && clause.Leads.Remove(name) && !clause.Supports.Contains(name))
                {
                    clause.Supports.Add(name);
                    clause.ByConvention?.Remove(name);
                }

                continue;
            }

            clause.Leads.Remove(name);
            clause.Supports.Remove(name);
            // Quoted as printed (２０２４年, not the folded 2024年).
            Review(target, line, NoteSeverity.Note, "'" + line.Text.Substring(window + said.Index, said.Length) + "由" + name + "' names who had the work in a year before the plan's: not read as its lead or support");
            if (clause.ByConvention is { } listed && listed.Remove(name))
            {
                if (clause.Leads.Count == 0 && listed.Count > 0)
                {
                    clause.Supports.Remove(listed[0]);
                    clause.Leads.Add(listed[0]);
                }

                if (listed.Count < 2)
                {
                    clause.ByConvention = null;
                }
            }
        }
    }

    // The name again after from, before end, in a lead's or a support's role (…，县卫健局配合; …、县住建局配合), not
    // in a side duty (县交通运输局负责指导).
    private static Role NamedAgainForNow(string folded, string name, int from, int end)
    {
        var again = from < end ? folded.IndexOf(name, from, end - from, System.StringComparison.Ordinal) : -1;
        if (again < 0)
        {
            return Role.None;
        }

        var after = again + name.Length;
        var stop = folded.IndexOfAny(new[] { '，', ',', '。', '；', ';' }, after);
        var part = folded.Substring(after, (stop < 0 ? folded.Length : stop) - after);
        var role = RoleWords.VerbAt(folded, after).Role;
        if (role == Role.None)
        {
            role = RoleWords.HasRole(part, Role.Support) ? Role.Support : RoleWords.HasRole(part, Role.Lead, Role.Accountable) ? Role.Lead : Role.None;
        }

        return role switch
        {
            Role.Support => Role.Support,
            Role.Lead or Role.Accountable or Role.Implementer => Role.Lead,
            _ => Role.None,
        };
    }

    private static readonly System.Text.RegularExpressions.Regex EarlierYear = new(@"(\d{4}|[〇零一二三四五六七八九]{4})年(?:度|底前|底|以前|之前|及以前|上半年|下半年)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 2024, 24, 二〇二四: the year a sentence names.
    private static int YearOf(string digits)
    {
        var arabic = new string(digits.Select(c => c is >= '0' and <= '9' ? c : (char)('0' + "〇一二三四五六七八九".IndexOf(c is '零' ? '〇' : c))).ToArray());
        var year = int.Parse(arabic, System.Globalization.CultureInfo.InvariantCulture);
        return year < 100 ? year + 2000 : year;
    }

    // 垃圾分类工作由区城管局牵头 in 推进垃圾分类: the words are the task's own title, the whole of its work.
    private static bool NamesTheTask(ImportedElement task, string? part)
    {
        if (part is null)
        {
            return false;
        }

        var words = part.EndsWith("工作", System.StringComparison.Ordinal) ? part.Substring(0, part.Length - 2) : part;
        // A title that is the task's whole sentence (推进垃圾分类,分类收运体系建设由…) names its work before the first comma.
        var title = ChineseText.Fold(task.Title);
        title = title.IndexOfAny(new[] { '，', ',' }) is var comma and > 0 ? title.Substring(0, comma) : title;
        if (words.Length >= 2 && title.Contains(words))
        {
            return true;
        }

        // 老旧小区改造工作由… under 推进老旧小区改造: the title's work without its opening verb (城镇老旧小区改造, 校园食品安全监管
        // may be a part of it).
        var verb = TitleVerbs.FirstOrDefault(v => title.StartsWith(v, System.StringComparison.Ordinal));
        var core = verb is null ? title : title.Substring(verb.Length);
        var stop = core.IndexOfAny(PartStops);
        core = stop > 0 ? core.Substring(0, stop) : core;
        return core.Length >= 2 && words == core;
    }

    private static readonly string[] TitleVerbs =
    {
        "推进", "加强", "开展", "实施", "深化", "完善", "推动", "抓好", "做好", "落实", "强化", "提升", "加快", "建立", "健全", "持续", "全面", "扎实", "大力", "积极", "组织", "促进",
        "建设", "打造", "创建", "开发", "新建",
    };

    // 执法案卷评查由区司法局组织实施: the words before the 由 that gives the clause's lead, back to the stop or comma before
    // them, name a part of the work. 该项工作, 上述任务, 相关工作 and the like name the task itself.
    private static string? PartBefore(string folded, int from, int start, int end, List<string> leads)
    {
        if (leads.Count == 0)
        {
            return null;
        }

        var named = folded.IndexOf(ChineseText.Fold(leads[0]), start, end - start, System.StringComparison.Ordinal);
        var by = named > from && folded[named - 1] == '由' ? named - 1 : -1;
        if (by <= from || !ClauseReader.IsAgentBy(folded, by))
        {
            return null;
        }

        var opens = System.Math.Max(from, folded.LastIndexOfAny(PartStops, by - 1, by - from) + 1);
        var part = folded.Substring(opens, by - opens).Trim(' ', '　');
        return part.Length < 2 || part is "工作" or "任务" or "事项" || WholeTaskOpeners.Any(w => part.StartsWith(w, System.StringComparison.Ordinal))
            || HowGiven.IsMatch(part) || Scopes.Any(w => part.StartsWith(w, System.StringComparison.Ordinal)) || IsWhen(part)
            ? null
            : part;
    }

    // 全县农村人居环境整治工作由…: the whole task in the jurisdiction's scope, not a part of it (全域旅游示范区创建 is one).
    private static readonly string[] Scopes = { "全县", "全市", "全区", "全镇", "全乡", "全省", "全州", "全街道", "全旗", "全盟" };

    // 主要由…, 按照职责分工由…, 在县委农办统筹下由…, 根据“谁主管、谁负责”原则由…: how the work is given, not a part of it (按揭
    // 贷款审核由… is one).
    private static readonly System.Text.RegularExpressions.Regex HowGiven = new(
        @"^(?:主要|原则上|继续|仍|仍然|统一|具体|均|都)$|^(?:按照|按|根据|依据|依照|遵循)[^，,。；;]*?(?:职责|分工|要求|规定|原则|部署|程序)|^在[^，,。；;]*下$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 年内, 2025年底前, 6月底前, 上半年, 今年起: the part is all time, when the work is done (汛期期间县城排涝, 第二季度安全检查 and
    // 2个千吨万人水厂建设 are parts with a time in them).
    private static bool IsWhen(string part) => WhenPieces.Replace(part, string.Empty).Length == 0;

    private static readonly System.Text.RegularExpressions.Regex WhenPieces = new(
        @"\d{4}年|[〇零一二三四五六七八九]{4}年|\d{1,2}月|[一二三四五六七八九十]{1,2}月|[上下]半年|第?[一二三四]季度|今年|明年|本年|当年|每年|全年|年内|年度|年底|底前|底|以前|之前|前|内|起|以来",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly char[] PartStops = { '。', '；', ';', '，', ',', '！', '？', '：', ':', '（', '(', '）', ')' };

    private static readonly string[] WholeTaskOpeners = { "此", "该", "本", "这", "上述", "以上", "前述", "相关", "各项", "具体", "整体", "全部", "总体", "所有", "其", "均", "都" };

    // What opens the part of a sentence that says who has the work now, after who had it before.
    private static readonly string[] NowWords = { "今年", "本年", "现由", "现调整为", "现改由", "现改为", "现划转", "现交由", "现在", "目前", "自今年", "从今年", "今后", "改由", "调整为" };

    private static readonly string[] NowTimes = { "自今年起", "从今年起", "今年起", "今年", "本年", "目前", "今后" };

    private static readonly string[] ByAdverbs = { "具体", "统一", "主要", "全部", "一律", "均", "都" };

    // Not 原则上 (in principle) nor 前期 (the work's first stage, still to come).
    internal static readonly string[] PastWords = { "去年", "上年", "前年", "往年", "此前", "过去", "以往", "曾经", "原来", "原先" };

    // 上一轮改造由县住建局牵头。: an earlier round of the work, opening a sentence of roles before the task's own (not inside
    // a name's words, where 上一轮规划确定的任务，由X牵头 is this round's).
    private static readonly string[] EarlierRounds = { "上一轮", "上轮", "前一轮", "上一阶段", "前一阶段" };

    // 2.社区食堂扩面增效。去年由市民政局牵头建成…, 2023年，县交通运输局负责…, 二〇二四年试点工作由…: what a body did before,
    // or in a year before the plan's, is no assignment of the task (2025年底前完成，X牵头 in a plan for 2025 is; where the
    // plan's year is not known, any year the sentence opens with may be past).
    private bool OpensWithPast(string folded, int at)
    {
        while (at < folded.Length && folded[at] is ' ' or '　')
        {
            at++;
        }

        if (PastWords.Concat(EarlierRounds).Any(w => string.CompareOrdinal(folded, at, w, 0, w.Length) == 0))
        {
            return true;
        }

        if (OpensWithYear.Match(folded, at) is not { Success: true } said)
        {
            return false;
        }

        return _firstYear() is not { } plan || YearOf(said.Groups[1].Value) < plan;
    }

    private static readonly System.Text.RegularExpressions.Regex OpensWithYear = new(@"\G(\d{2,4}|[〇零一二三四五六七八九]{4})年", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
