using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>Headings that name the body whose work follows them: （二十）市交通局, （三）省编办牵头的工作, 凤台县政府.</summary>
internal sealed partial class StructureReader
{
    // 市卫生局, 县农业农村局: one body's name with its level, nothing else (not 数字政府, a topic; not 各乡镇, a group);
    // or a place's government (凤台县政府, 大通区人民政府).
    internal static bool IsBodyName(string name)
        // 县经济和信息化局（县中小企业局）: a body with the other name it carries in brackets.
        => UnitShape.WithoutClosingBracket(name) is var bare && bare.Length != name.Length ? IsBodyName(bare) && UnitShape.IsOrganisation(name.Substring(bare.Length + 1, name.Length - bare.Length - 2))
        : name.Length is >= 3 and <= 20
           && (UnitShape.LevelPrefixes.IndexOf(name[0]) >= 0 || PlaceGovernment(name))
           && !name.Any(c => char.IsDigit(c) || char.IsPunctuation(c) || char.IsWhiteSpace(c)) && UnitShape.IsOrganisation(name) && !UnitShape.IsGroup(name)
           && !UnitShape.IsPlaceLikeBody(name) && !(KindOfBody.IsMatch(name) && !name.EndsWith("政府", System.StringComparison.Ordinal));

    // ◆县级医院：, ◆乡镇卫生院：, ◆区域医疗中心：: a kind of body, every one of its kind, over the work they do: no body the
    // heading names to lead it. Governments aside: ◆乡镇人民政府： is every township's, as 各乡镇人民政府 is.
    private static readonly System.Text.RegularExpressions.Regex KindOfBody = new(
        "^(?:[省市县区乡镇村]级|各级|乡镇|区域|基层)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 各乡镇人民政府, 市直各部门 among the headings of a plan arranged by body: the bodies of the group do the work under it
    // (各乡镇 alone, as 县城建设, may be what the work is about).
    private static bool IsGroupOfBodies(string name)
        => IsDutyGroup(name) && new[] { "人民政府", "政府", "办事处", "部门", "单位" }.Any(w => name.EndsWith(w, System.StringComparison.Ordinal));

    // 各乡镇, 市直各部门: a group whose duties a heading lists (not 有关部门, which names no one).
    private static bool IsDutyGroup(string name)
        => UnitShape.IsGroup(name) && UnitShape.IsOrganisation(name)
            && (name.StartsWith("各", System.StringComparison.Ordinal) || (name.IndexOf('各') > 0 && UnitShape.LevelPrefixes.IndexOf(name[0]) >= 0));

    private static bool PlaceGovernment(string name)
        => (name.EndsWith("人民政府", System.StringComparison.Ordinal) && UnitShape.IsPlace(name.Substring(0, name.Length - 4)))
           || (name.EndsWith("政府", System.StringComparison.Ordinal) && UnitShape.IsPlace(name.Substring(0, name.Length - 2)));

    private readonly Dictionary<SourceLine, string> _bodyHeadings = new();

    // （三）省编办牵头的工作, 市财政局负责的事项: a heading naming the body whose work follows.
    private static readonly System.Text.RegularExpressions.Regex WorkOf = new(
        @"^(.{3,20}?)(?:牵头|负责)的(?:工作|事项|任务)[。：:]?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // （3项）, （共5项）, (计2项): how many tasks follow a heading.
    private static readonly System.Text.RegularExpressions.Regex TaskCount = new(
        @"[ 　]*[（(][ 　]*(?:共|计)?[ 　]*\d{1,3}[ 　]*项[ 　]*[）)]$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // （一）县财政局工作职责, （二）各乡镇职责: a heading of the duties of the body or group it names. 一、属住建局职责范围：
    // (an inspection report's problems, grouped by the body whose remit each falls in): so too.
    private static readonly System.Text.RegularExpressions.Regex DutiesOf = new(
        @"^(?:属于|属(?!于))?(?!属)(.{3,20}?)(?:工作)?职责(?:范围)?(?:内)?(?:的问题)?[。：:]?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 属住建局职责范围, 属凤城镇职责范围: said so, the remit is a body's (a town's, its government's), whether or not the name
    // carries its level (a county's own report writes 住建局 for its 县住建局), and whatever follows the heading.
    private static bool InRemitOf(string words) => words.StartsWith("属", System.StringComparison.Ordinal) && words.Contains("职责范围");

    /// <summary>
    /// A numbered heading that is one body's name (（二十）市交通局, a page of a plan's duties after its title) over a
    /// list numbered from one at the task level: the tasks under it are that body's, as under the same name unnumbered.
    /// So too a heading of the body's work (（三）省编办牵头的工作), whatever follows it: its tasks, or its own paragraph.
    /// </summary>
    private void BodyHeadings(List<(SourceLine Line, Numbering Numbering)> body)
    {
        var reader = new ClauseReader();
        // 一、县发展和改革局 / 1.… / 二、县工业和信息化局 / 2.…: after one body's heading over tasks numbered from one, the
        // next heading of its kind that is a department's name heads its own tasks, however the document numbers them on
        // (not a school or a place a project plan is about: （二）县第三中学 then 4.新建县第三中学).
        NumberingKind? bodiesKind = null;
        var byBody = EveryHeadingABody(body);
        for (var i = 0; i < body.Count; i++)
        {
            var (line, numbering) = body[i];
            if (line.Table is not null || numbering.Kind is not (NumberingKind.Parenthesized or NumberingKind.Chinese))
            {
                continue;
            }

            // （一）县信访局： the colon only says its duties follow; （二）各乡镇（街道）： with it, a group's duties do too (a
            // group's name alone is a topic: （二十三）各乡镇 over 1、做好秸秆禁烧 names nobody).
            // 一、区发展和改革局（3项）: the count of its tasks after the name says nothing of whose they are.
            var words = TaskCount.Replace(line.Folded.Substring(numbering.BodyStart).Trim().TrimEnd('：', ':').TrimEnd(), string.Empty);
            string? name = null;
            if (WorkOf.Match(words) is { Success: true } work && IsBodyName(work.Groups[1].Value))
            {
                name = line.Text.Substring(numbering.BodyStart).Trim().Substring(0, work.Groups[1].Length);
            }
            else if (DutiesOf.Match(words) is { Success: true } duties
                && (IsBodyName(duties.Groups[1].Value) || IsDutyGroup(duties.Groups[1].Value) || (InRemitOf(words) && !KindOfBody.IsMatch(duties.Groups[1].Value) && (UnitShape.IsOrganisation(duties.Groups[1].Value) || UnitShape.IsPlace(duties.Groups[1].Value))))
                && i + 1 < body.Count && (InRemitOf(words) || (body[i + 1].Numbering.Kind != NumberingKind.None && body[i + 1].Numbering.Kind != numbering.Kind)))
            {
                name = line.Text.Substring(numbering.BodyStart).Trim().Substring(duties.Groups[1].Index, duties.Groups[1].Length);
                _dutyHeadings.Add(line);
            }
            else if (numbering.Kind != _taskKind && FirstTaskUnder(body, i) is var first && first < body.Count && body[first].Numbering.Kind == _taskKind && _taskKind != NumberingKind.None
                && (body[first].Numbering.Value == 1 || (bodiesKind == numbering.Kind && (UnitShape.IsDepartment(UnitShape.WithoutClosingBracket(words)) || IsGroupOfBodies(words))))
                && (IsBodyName(words) || (IsDutyGroup(words) && (line.Folded.TrimEnd().EndsWith("：", System.StringComparison.Ordinal) || (bodiesKind == numbering.Kind && IsGroupOfBodies(words))))))
            {
                name = TaskCount.Replace(line.Text.Substring(numbering.BodyStart).Trim().TrimEnd('：', ':').TrimEnd(), string.Empty);
                bodiesKind = numbering.Kind;
            }

            if (name is null && byBody && numbering.Kind == NumberingKind.Chinese)
            {
                // 一、学院办公室 / 联系人:郑大远 / (一)负责起草… under 二、学工部, 三、卫生所: a plan every part of which is one
                // body's, its work under it.
                name = TaskCount.Replace(line.Text.Substring(numbering.BodyStart).Trim().TrimEnd('：', ':').TrimEnd(), string.Empty);
            }

            if (name is null && DutiesOfTheSubject(body, i, reader) is { } subject)
            {
                // （一）区民政局作为主管部门总体负责系统的运行 over 1.负责起草… 2.负责协调…: each duty is the subject's.
                name = subject;
            }

            if (name is null)
            {
                continue;
            }

            // A body's list of duties gives none of them to another body: where a line under the heading names who
            // leads it (（一）县数据资源管理中心 then 2.核定编制。（县委编办负责）), the heading is what the work is about. The
            // body itself named again (三、县农业农村局 then 6.…（县农业农村局牵头，各乡镇负责落实）) says nothing else.
            var end = i + 1;
            while (end < body.Count && body[end].Numbering.Kind != numbering.Kind && body[end].Numbering.Kind != NumberingKind.Chinese)
            {
                end++;
            }

            var heading = name;
            // Nor does a body named to answer together with it (5.…（县开发区管委会共同负责，县自然资源局配合））.
            if (!Enumerable.Range(i + 1, end - i - 1).Any(j => body[j].Line.Table is null && LeadsNamed(reader, body[j].Line) is { } leads
                && !leads.All(l => l == heading) && !leads.All(l => SaidTogether(body[j].Line.Folded, l))))
            {
                _bodyHeadings[line] = name;
            }
        }
    }

    // The line after a heading, or after the line under it that says what the body answers for (一、县教育局 / 负责全县
    // 教育事业发展… / （一）…).
    private static int FirstTaskUnder(List<(SourceLine Line, Numbering Numbering)> body, int heading)
        => heading + 2 < body.Count && body[heading + 1] is { Numbering.Kind: NumberingKind.None, Line.Table: null } summary && IsDutySummary(summary.Line.Folded.Trim())
            ? heading + 2
            : heading + 1;

    // 一、学院办公室 … 六、宣传部: three or more top-level headings, every one of them the name of one body inside an
    // organisation (处, 部, 所, 中心) or a group of bodies, and nothing else: the plan gives each its part.
    private static bool EveryHeadingABody(List<(SourceLine Line, Numbering Numbering)> body)
    {
        var headings = body.Where(b => b.Line.Table is null && b.Numbering.Kind == NumberingKind.Chinese).ToList();
        return headings.Count >= 3 && headings.All(h =>
            TaskCount.Replace(h.Line.Folded.Substring(h.Numbering.BodyStart).Trim().TrimEnd('：', ':').TrimEnd(), string.Empty) is var words
            && words.Length is >= 2 and <= 12 && !words.Any(c => char.IsDigit(c) || char.IsPunctuation(c) || char.IsWhiteSpace(c))
            && UnitShape.IsOrganisation(words) && (!UnitShape.IsGroup(words) || IsGroupOfBodies(words)) && !UnitShape.IsPlaceLikeBody(words));
    }

    // The bodies a heading's sentence opens with, where the list numbered from one under it at the task level gives them
    // duties with no subject of their own (1.负责起草… 2.负责协调…): two or more, two in three of its items at least.
    private string? DutiesOfTheSubject(List<(SourceLine Line, Numbering Numbering)> body, int at, ClauseReader reader)
    {
        var numbering = body[at].Numbering;
        if (_taskKind == NumberingKind.None || numbering.Kind == _taskKind || at + 1 >= body.Count || body[at + 1].Numbering.Kind != _taskKind || body[at + 1].Numbering.Value != 1)
        {
            return null;
        }

        var items = new List<int>();
        for (var j = at + 1; j < body.Count && body[j].Numbering.Kind != numbering.Kind && body[j].Line.Table is null; j++)
        {
            if (body[j].Numbering.Kind == _taskKind)
            {
                items.Add(j);
            }
        }

        var duties = items.Count(j => body[j].Line.Folded.Substring(body[j].Numbering.BodyStart).TrimStart(' ', '　').StartsWith("负责", System.StringComparison.Ordinal));
        if (items.Count < 2 || duties < 2 || duties * 3 < items.Count * 2)
        {
            return null;
        }

        // 区民政局作为主管部门总体负责…: what the body is in the work, and how wholly, stand between it and its verb.
        var words = body[at].Line.Text.Substring(numbering.BodyStart);
        var plain = AsWhatItActs.Replace(words, string.Empty);
        if (new ProseReader(reader).Opening(SourceLine.Of(body[at].Line.Number, plain), 0) is not { Leads.Count: > 0 } opening)
        {
            return null;
        }

        return string.Join("、", opening.Leads);
    }

    private static readonly System.Text.RegularExpressions.Regex AsWhatItActs = new(
        @"(?<=^[^，,。；;]{2,30}?)(?:作为[^，,。；;]{1,10}?(?:部门|单位|机构|主体))?(?:总体|全面|统一|具体)?(?=负责)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The heading the heading in force was read from, where it is a body's name (its tasks say so above them).
    private SourceLine? _headingLine;

    // 督查方案, 联合抽查: （一）县自然资源局 then 1.督查耕地保护: in a plan of inspections, evaluations or audits a body heading names
    // whom the work is about, not who does it. Not 考核目标: the targets a body is assessed on are its own work.
    private static readonly System.Text.RegularExpressions.Regex AboutOthers = new(
        "督查|督导|督办|检查|巡查|巡察|巡视|暗访|评估|评价|测评|评分|验收|审计|通报|抽查|核查", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // （二）县安委会办公室职责: a heading that says the duties are the body's own, whatever the plan inspects.
    private readonly HashSet<SourceLine> _dutyHeadings = new();

    private bool IsBodyHeading(SourceLine line)
        => _bodyHeadings.ContainsKey(line)
           && (_dutyHeadings.Contains(line) || !AboutOthers.IsMatch(ChineseText.Fold((_plan.Title ?? string.Empty) + "|" + (_section?.Title ?? string.Empty))));

    // A body's name alone on its line (市卫生局 over 一、…): a body heading where the plan is not about whom it inspects.
    private bool IsBodyHeading(SourceLine line, string name)
    {
        _bodyHeadings[line] = name;
        if (IsBodyHeading(line))
        {
            return true;
        }

        _bodyHeadings.Remove(line);
        return false;
    }

    // A body's name over the tasks is the document's only word on who does them: a reviewer should see it was read so.
    private string BodyHeadingReview(SourceLine line)
        => "lead " + _bodyHeadings[line] + " read from the heading over the tasks ('" + line.Text.Trim() + "'), which names no one else: check it names who does them, not what they are about";

    // The clause a body's heading stands for: （市交通局负责）.
    private ImportedElement BodyHeading(SourceLine line)
        => _elements.Heading(SourceLine.Of(line.Number, "（" + _bodyHeadings[line] + "负责）"), 0, wholeLine: true);
}
