using System;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

/// <summary>What a word of a responsibility clause, field or table header says about the names with it.</summary>
internal enum Role
{
    None,

    /// <summary>牵头, 主办, 主责: the names lead.</summary>
    Lead,

    /// <summary>负责, 责任单位: the names are accountable; who of them leads depends on the document (see <see cref="Accountability"/>).</summary>
    Accountable,

    /// <summary>配合, 协办, 参与, 按职责分工负责: the names support.</summary>
    Support,

    /// <summary>会同: the names before it lead, the names after it support.</summary>
    Together,

    /// <summary>
    /// 实施单位, 实施主体: the body that carries the work out. Beside a lead or an accountable unit it supports (the
    /// accountable unit has it do the work); alone it is the one body the document makes accountable.
    /// </summary>
    Implementer,

    /// <summary>督办单位: a body that supervises progress, neither lead nor support; WPlan has no keyword for it.</summary>
    Oversight,

    /// <summary>指导: a guiding role WPlan has no keyword for.</summary>
    Guidance,

    /// <summary>负责落实 in a scope note (试点城市政府负责落实): who carries everything out, not a task's lead or support.</summary>
    Scope,

    /// <summary>责任领导, 分管领导, 责任人: people, never units.</summary>
    Person,

    /// <summary>完成时限, 时间节点: when.</summary>
    Time,
}

/// <summary>
/// The one table of role words the recogniser reads responsibility with, in every layout: a parenthesis after a task,
/// a sentence at its end, a field on its own line, a table's header. Words are matched on folded text, so traditional
/// forms (牽頭, 責任處室) are read the same.
/// </summary>
internal static class RoleWords
{
    /// <summary>
    /// Words that follow the names they give a role to (<c>X牵头</c>, <c>A、B负责</c>), longest first so that
    /// 按职责分工负责 is not read as 负责.
    /// </summary>
    public static readonly (string Word, Role Role)[] Verbs =
    {
        // A、B按职责分工牵头负责: each leads in its own remit, as 牵头单位：A、B（按职责分工） reads.
        ("按职责分工牵头负责", Role.Lead), ("按职责分工牵头", Role.Lead),
        ("按照职责分工牵头负责", Role.Lead), ("按照职责分工牵头", Role.Lead), ("按照职责分工负责", Role.Support), ("按照职责分工", Role.Support), ("按照职责负责", Role.Support),
        ("按职责分工负责", Role.Support), ("按职责分工", Role.Support), ("按职责负责", Role.Support), ("分工负责", Role.Support), ("各负其责", Role.Support),
        ("分别牵头负责", Role.Lead), ("分别牵头", Role.Lead), ("分别负责", Role.Accountable),
        ("负责落实", Role.Scope), ("具体落实", Role.Support), ("抓好落实", Role.Implementer), ("抓落实", Role.Implementer), ("组织落实", Role.Accountable), ("落实", Role.Implementer), ("牵头负责", Role.Lead), ("负责牵头", Role.Lead), ("共同负责", Role.Accountable),
        ("负责指导", Role.Guidance), ("监督指导", Role.Guidance), ("组织实施", Role.Accountable),
        // （县疾控中心负责技术指导，各乡镇负责组织实施）: a side duty beside the work, not the work; 具体负责 is the work.
        ("负责技术指导", Role.Guidance), ("负责业务指导", Role.Guidance), ("提供技术指导", Role.Guidance), ("提供指导", Role.Guidance),
        // 市大数据中心提供技术支撑, 法制大队提供法律支持: help beside the work, as 配合 is.
        ("提供技术支撑", Role.Support), ("提供技术支持", Role.Support), ("提供技术保障", Role.Support), ("提供法律支持", Role.Support), ("提供法律服务", Role.Support),
        ("提供支撑", Role.Support), ("提供支持", Role.Support), ("协同推进", Role.Support),
        // …负责，市政协提案委员会给予支持: backing beside the body that does the work (给予资金支持 is a funder's: no role).
        ("给予支持", Role.Support), ("予以支持", Role.Support), ("给予配合", Role.Support), ("予以配合", Role.Support),
        // …，由人力资源部负责，各二级单位配合实施: support and the work it helps with, one verb.
        ("配合实施", Role.Support), ("配合落实", Role.Support), ("配合推进", Role.Support), ("协助实施", Role.Support), ("参与实施", Role.Support),
        // 市政府督查室负责跟进，市发改委牵头落实: who follows the work up, as 督查 is, beside who does it; read as no role,
        // the clause lost its lead, and read as the work (Macau's 由X負責跟進) it made the 督查室 the lead.
        ("负责跟进", Role.Oversight), ("负责跟踪督办", Role.Oversight),
        ("负责督促检查", Role.Oversight), ("负责监督检查", Role.Oversight), ("负责督导", Role.Oversight), ("负责督查", Role.Oversight),
        ("负责核定", Role.Oversight), ("负责认定", Role.Oversight), ("负责资金保障", Role.Support), ("负责经费保障", Role.Support),
        // 县交通运输局负责行业监管: the body answering for the oversight that is the task; beside a body its sentence gives the
        // work to (由X公司具体实施，…), oversight (see RegulatesBesideTheDoer).
        ("负责行业监管", Role.Accountable), ("负责行业监督", Role.Accountable), ("负责监督管理", Role.Accountable), ("负责监管", Role.Accountable),
        ("具体负责", Role.Accountable), ("具体承办", Role.Implementer),
        ("共同牵头", Role.Lead), ("联合牵头", Role.Lead), ("双牵头", Role.Lead), ("负责实施", Role.Accountable), ("牵头实施", Role.Lead), ("具体实施", Role.Implementer),
        ("牵头抓总", Role.Lead), ("总牵头", Role.Lead), ("负主责", Role.Lead), ("主要负责", Role.Lead),
        // …，刑侦支队牵头组织。: the lead verb and how it leads, one verb.
        ("牵头组织", Role.Lead), ("牵头推进", Role.Lead),
        // 以下各项由镇社会事务办统筹推进: the body that carries the whole of the work.
        ("统筹推进", Role.Accountable),
        // 由固定资产投资科抓总，市重大项目服务中心具体推进…: the body that carries the work on beside the one heading it;
        // alone (由市发改委具体推进，市自然资源局配合) the body answering for it, as 具体实施 is.
        ("具体推进", Role.Implementer),
        // （由政务司司长领导，发展局统筹，各相关政策局参与）, 房屋署负责执行: the body that carries the work.
        ("统筹协调", Role.Accountable), ("统筹", Role.Accountable), ("负责执行", Role.Accountable), ("负责推进", Role.Accountable), ("负责统筹协调", Role.Accountable), ("负责统筹", Role.Accountable), ("负责组织", Role.Accountable),
        // 就业促进科抓总, 职业能力建设科主抓: the body that heads the work.
        ("抓总", Role.Lead), ("主抓", Role.Lead),
        // 交通局主政，财政局協辦 (Taiwan's decisions: the agency in charge of the matter).
        ("主政", Role.Lead),
        // 各县（市、区）人社局按属地原则落实: each carries out its own area's part, beside the body that answers for it.
        ("按属地原则落实", Role.Support), ("按属地落实", Role.Support), ("属地落实", Role.Support),
        // 负总责: overall responsibility, also a government's over its territory beside the body that does the work
        // (（市住建局负责，各县区政府负总责）): accountable, so the first listed leads.
        ("负总责", Role.Accountable), ("总负责", Role.Accountable),
        // 各乡镇人民政府负主体责任: the body that answers for the work in the first place, as 负总责 does.
        ("负主体责任", Role.Accountable), ("承担主体责任", Role.Accountable), ("给予指导", Role.Guidance), ("加强指导", Role.Guidance), ("加强业务指导", Role.Guidance),
        // 市市场监督管理局为责任主体, 市城市管理局是第一责任单位, 市住建局要切实履行牵头职责: who answers for the work, said
        // of the body instead of with a verb.
        ("为责任主体", Role.Accountable), ("是责任主体", Role.Accountable), ("为第一责任单位", Role.Lead), ("是第一责任单位", Role.Lead),
        ("为第一责任部门", Role.Lead), ("是第一责任部门", Role.Lead), ("为第一责任科室", Role.Lead), ("是第一责任科室", Role.Lead), ("为第一责任处室", Role.Lead),
        ("是第一责任处室", Role.Lead), ("为牵头单位", Role.Lead), ("是牵头单位", Role.Lead), ("为牵头部门", Role.Lead),
        ("是牵头部门", Role.Lead), ("为主责单位", Role.Lead), ("为主责部门", Role.Lead), ("履行牵头职责", Role.Lead), ("履行牵头责任", Role.Lead),
        // 由市领导带队, 由X1名县级领导带队: who heads a group is a person (a group's task reads the body: ElementReader.GroupLeader).
        ("牵头", Role.Lead), ("带队", Role.Person), ("主办", Role.Lead), ("主责", Role.Lead), ("负责", Role.Accountable), ("承办", Role.Accountable),
        // （本项由教育局会同财政局办理）: the body that handles the matter.
        ("办理", Role.Accountable),
        ("配合", Role.Support), ("参与", Role.Support), ("参加", Role.Support), ("协办", Role.Support), ("协助", Role.Support),
        // 主责：X；协责：Y (a party plan's 主责/协责): who shares the work beside the body that answers for it.
        ("协作", Role.Support), ("协同", Role.Support), ("协抓", Role.Support), ("协责", Role.Support), ("会同", Role.Together), ("指导", Role.Guidance),
        // 宣传处会办公室, 縣教育局會縣人社局: 会 for 会同 between two bodies' names (see IsVerbAt).
        ("会", Role.Together),
    };

    // A field label or a header is classified by the first of these its words contain: people before anything else,
    // so that 责任领导 is a person and 负责人 not a unit, then time; then the role verbs (牵头, 配合, 牵头负责, 具体落实 …,
    // the same table a sentence is read with: a header knows every word a clause does); then the words only labels use.
    private static readonly (string Word, Role Role)[] PersonAndTimeLabels =
    {
        ("责任领导", Role.Person), ("分管领导", Role.Person), ("牵头领导", Role.Person), ("领导", Role.Person), ("责任人", Role.Person),
        ("负责人", Role.Person), ("联系人", Role.Person), ("领学", Role.Person),
        ("完成时限", Role.Time), ("完成时间", Role.Time), ("时间节点", Role.Time), ("完成期限", Role.Time), ("时限", Role.Time),
        ("时间要求", Role.Time), ("进度安排", Role.Time), ("时间", Role.Time), ("期限", Role.Time), ("日期", Role.Time),
    };

    private static readonly (string Word, Role Role)[] LabelOnlyWords =
    {
        // 监管责任：A；属地责任：B (a safety plan's kinds of responsibility beside 主体责任): who oversees the work or answers
        // for its area, beside whoever carries it; never its lead, also where no 主体责任 is named.
        ("行业监管责任", Role.Support), ("监管责任", Role.Support), ("属地管理责任", Role.Support), ("属地责任", Role.Support),

        // (主体责任:各大药店,监督责任:市食药监局): the authority that watches over the one answering, as 督办 does; never the
        // lead, also where the 主体责任 names no body the reader knows.
        ("监督责任", Role.Oversight),

        // 归口部门：X, 责任部门：X（归口）、A (a company's plan): the department the matter is assigned to, its lead.
        // 主導部門 beside 協作部門 (Hong Kong's plans): the department leading the item; a label only, since in a
        // sentence 主导 is no role (以企业为主导).
        ("归口", Role.Lead), ("主导", Role.Lead),

        // 责任分工：X牵头，Y配合 before 责任, whose ending 分工 is not: the division of the work, in its verbs' roles.
        ("责任分工", Role.Accountable), ("职责分工", Role.Accountable),

        // 第一责任单位 before 责任: the first of the accountable is the lead.
        ("第一责任", Role.Lead), ("主要责任", Role.Lead), ("其他责任", Role.Support), ("其它责任", Role.Support), ("督办", Role.Oversight), ("实施", Role.Implementer), ("执行", Role.Implementer), ("责任", Role.Accountable),
        ("承办", Role.Accountable), ("承担", Role.Accountable),

        // 办理单位 (a school's or an office's handling section, 衛保組): who is accountable for the row.
        ("办理", Role.Accountable),

        // 起草单位, 调研单位 (a legislative plan's drafting department, beside the committee that 牵头 the review): who
        // carries the work out, as 实施单位. 协商部门 (a consultation plan's departments consulted): they take part in the
        // activity the 牵头界别组 leads.
        ("起草", Role.Implementer), ("调研", Role.Implementer), ("协商", Role.Support),

        // 部门分工：X牵头，Y配合 (a report's division of its tasks): the bodies answering for the task, in the roles its
        // verbs give them.
        // Not 分工 alone: 县教育系统分工会 is a body (a branch of the trade union).
        ("部门分工", Role.Accountable), ("单位分工", Role.Accountable), ("工作分工", Role.Accountable), ("处室分工", Role.Accountable),
        ("科室分工", Role.Accountable),

        // 涉及部门, 涉项部门 (a rectification list's departments the measure concerns): the bodies answering for it, none
        // named to lead.
        ("涉及", Role.Accountable), ("涉项", Role.Accountable),

        // 配台单位, 丿头单位: 配合单位 and 牵头单位 as a scan's character recognition reads them.
        ("配台", Role.Support), ("丿头", Role.Lead),

        // 权责机关 (Taiwan: the agencies answering, marked （主）/（协）); 跟进部门 (Macau: the departments following the
        // matter through).
        ("权责", Role.Accountable), ("跟进", Role.Accountable),

        // 会办单位, 协力机关 (Taiwan: the agencies that join the one handling the matter).
        ("会办", Role.Support), ("协力", Role.Support),

        // 分办单位 (a 建议 or 提案 handed to several bodies, each handling and answering for its own part): each leads.
        ("分办", Role.Lead),

        // 组长单位：X, 副组长单位：Y (a working group's bodies: X answers for the whole, the deputy helps); 主攻单位：X,
        // 助攻单位：Y (a campaign plan's). Whole labels only: 组长：副县长 X is a person. Not 成员单位: a leading group's
        // members are listed in its composition, beside no task.
        ("副组长单位", Role.Support), ("组长单位", Role.Lead), ("成员单位", Role.Support), ("联合主攻单位", Role.Lead), ("主攻单位", Role.Lead),
        ("助攻单位", Role.Support),

        // 要素保障单位：A、B (a project plan's: who secures its land, permits, power and money): they help the body that
        // answers for the project.
        ("要素保障", Role.Support), ("服务保障", Role.Support),
    };

    private static readonly (string Word, Role Role)[] Labels = PersonAndTimeLabels
        .Concat(Verbs.Where(v => v.Word != "会").Select(v => (v.Word, AsLabel(v.Role))))
        .Concat(LabelOnlyWords)
        .ToArray();

    /// <summary>
    /// The role a mark in brackets after a name gives it (区城管局（主责）, 区生态环境分局（协同）, 市民政局（牵头）); none for
    /// a role it had, has not, or is to have (（原牵头）, （不牵头）, （拟牵头）).
    /// </summary>
    public static Role Mark(string inside)
    {
        if (inside.IndexOfAny(new[] { '原', '不', '非', '前', '曾', '拟', '已', '未', '无' }) >= 0)
        {
            return Role.None;
        }

        // 經濟發展局（主）、建設局（協）: Taiwan's one-character marks of the agency in charge and those assisting.
        if (inside is "主")
        {
            return Role.Lead;
        }

        // 医务部（牵）、护理部（配）: one character for the role, as a ledger's narrow cell writes it.
        if (inside is "牵")
        {
            return Role.Lead;
        }

        if (inside is "协" or "辅" or "配" or "参" or "協" or "參")
        {
            return Role.Support;
        }

        var role = Label(inside);
        return role == Role.None && VerbAt(inside, 0) is { Role: not Role.None } verb && verb.Word.Length == inside.Length ? verb.Role : role;
    }

    /// <summary>True where the words start with a role word or label word (牵头单位, 责任部门; not 建议牵头单位).</summary>
    public static bool StartsWithRoleWord(string folded) => Labels.Any(l => folded.StartsWith(l.Word, StringComparison.Ordinal));

    // What a verb's role is when it names a field (会同单位: the partners, who support; 负责落实单位: the accountable).
    private static Role AsLabel(Role verb) => verb switch
    {
        Role.Together => Role.Support,
        Role.Scope => Role.Accountable,
        _ => verb,
    };

    private static readonly char[] LabelJoiners = { '及', '和', '与', '、', '/', '／' };

    // A label that ends in these is about when, whatever it starts with (实施时间, 承办期限).
    private static readonly string[] TimeEndings = { "时间", "时限", "期限", "日期", "节点" };

    // What a label says it names: 牵头单位, 责任处室, 配合部门, 主办机关 (Taiwan's 主辦機關/協辦機關) — or nothing (牵头：).
    private static readonly string[] LabelEndings = { "单位", "部门", "处室", "科室", "股室", "处", "科", "股", "室", "部室", "领导", "人", "时限", "时间", "节点", "期限", "要求", "安排", "机构", "机关", "主体",

        // A congress's or a CPPCC's own bodies: 牵头工委 (a 人大 legislative plan), 牵头界别组, 牵头专委会.
        "工委", "界别组", "界别", "专委会", "委室",

        // A ministry's departments (牵头司局, 参与司局), a street office's communities (责任社区), a township's offices
        // (责任办线, 牵头办所).
        "司局", "司", "社区", "村", "办线", "办所", "站所",

        // A township's offices and stations (责任办所, 牵头站所), a county's bureaus (牵头科局), a police force's branches
        // (牵头警种, 责任队所).
        "办所", "站所", "办站所", "科局", "局室", "警种", "队所",

        // Macau's 負責實體 / 協作實體 and Hong Kong's 負責政策局 / 負責決策局 (the bureau that answers for the work).
        "实体", "政策局", "决策局",

        // A scan's character recognition: 配合单 (位 lost), 责任单仿 (位 read as 仿).
        "单", "单仿" };

    /// <summary>
    /// The role a field label names (the words before a colon, <c>牵头单位</c>, <c>責任處室</c>, <c>责任领导</c>), or
    /// <see cref="Role.None"/> when the words are not a label: short, a role word, and at most what labels end with.
    /// </summary>
    public static Role Label(string folded)
    {
        var key = Squeeze(folded);
        if (key.Length == 0 || key.Length > 8)
        {
            return Role.None;
        }

        if (key.IndexOfAny(LabelJoiners) is var joiner and > 1 && joiner < key.Length - 2
            && Label(key.Substring(joiner + 1)) == Role.Person && Label(key.Substring(0, joiner)) is not (Role.None or Role.Person or Role.Time) and var unitsRole)
        {
            // 责任单位及责任人: the units' label, each unit with its person in a bracket after it (区民政局（高远）).
            return unitsRole;
        }

        var timed = TimeEndings.Any(e => key.EndsWith(e, StringComparison.Ordinal));

        foreach (var (word, role) in Labels)
        {
            var at = key.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = key.Substring(at + word.Length);
            var before = key.Substring(0, at);

            // 牵头责任单位, 配合责任单位: the role's own word says who; 责任 only says the unit answers for it.
            if (role is Role.Lead or Role.Support && rest.StartsWith("责任", StringComparison.Ordinal) && LabelEndings.Contains(rest.Substring(2)))
            {
                rest = rest.Substring(2);
            }

            // 问题整改责任单位 (a problem ledger's): the rectification the unit answers for, before the label. Not 本要点涉及
            // 单位: every body the document concerns, listed once at its end.
            if ((rest.Length != 0 && !LabelEndings.Contains(rest)) || (before.Length > 3 && !(before.Length == 4 && before.EndsWith("整改", StringComparison.Ordinal)))
                || (before.StartsWith("本", StringComparison.Ordinal) && TheDocument.Any(w => before.Substring(1).StartsWith(w, StringComparison.Ordinal))))
            {
                return Role.None;
            }

            return timed && role != Role.Person ? Role.Time : role;
        }

        return Role.None;
    }

    // 本要点, 本方案, 本清单: the document itself (not 本部分, a part of it, whose units are that part's).
    private static readonly string[] TheDocument = { "要点", "计划", "方案", "清单", "文件", "通知", "意见", "文", "表" };

    /// <summary>The word for a role WPlan has no keyword for (指导, 督办): its names stay in the text only. Null for others.</summary>
    public static string? WithoutKeyword(Role role) => role switch
    {
        Role.Guidance => "指导",
        Role.Oversight => "督办",
        _ => null,
    };

    /// <summary>True where a verb at <paramref name="index"/> is a role, not part of a name (健康教育指导中心) or a phrase (负责同志).</summary>
    public static bool IsVerbAt(string folded, int index, string word)
    {
        if (word == "会")
        {
            return AbbreviatedTogether(folded, index);
        }

        var after = index + word.Length;
        if (after >= folded.Length)
        {
            return true;
        }

        var next = folded[after];

        // 发展局统筹，…, 由環境保護局辦理。: verbs that are roles only where they close the words (not 县城乡统筹发展局, 市社保卡
        // 办理服务中心, 统筹安排资金, 负责组织实施).
        // 市财政局为牵头单位提供经费保障: a role said of the body with 为 or 是 (为责任主体, 是第一责任单位) closes the words too;
        // here it is for the lead, not being it.
        if ((System.Array.IndexOf(ClosingVerbs, word) >= 0 || word[0] is '为' or '是') && "，,；;。）)、 　\n".IndexOf(next) < 0)
        {
            return false;
        }

        // 县协同创新中心, 县区域协同发展办公室: 协同 before what a body is named for is part of its name.
        if (word == "协同" && new[] { "创新", "发展", "治理", "育人", "推进", "办" }.Any(w => string.CompareOrdinal(folded, after, w, 0, w.Length) == 0))
        {
            return false;
        }

        // 市政协办公室, 区政协提案委: the 协 of 政协 (the political consultative conference) starts no 协办 or 协助.
        if (word[0] == '协' && index > 0 && folded[index - 1] == '政')
        {
            return false;
        }

        // 带队伍 (leading the staff; 伍 folds to 五) is the work, not who leads a group.
        if (word == "带队" && next is '伍' or '五')
        {
            return false;
        }

        // 会同人事处: a verb and its partner.
        if (next == '人' && word == "会同")
        {
            return true;
        }

        // No body's name ends in a word that gives the work (负责, 牵头, 配合, 会同, 参与, 落实…): after it comes the work
        // (负责处置, 配合办理, 牵头部署, 负责所辖, 负责会务), or a label (负责单位, 牵头处室, 牵头处：) or a person (负责人,
        // 负责同志, 牵头领导).
        if (!EndsNames(word))
        {
            return !LabelOrPersonAt(folded, after) && !InsideName(folded, index, word);
        }

        // 侦查监督与协作配合办公室: 协作配合 is the office's function, as 配合 alone would be.
        if (word == "协作" && string.CompareOrdinal(folded, after, "配合", 0, 2) == 0 && InsideName(folded, after, "配合"))
        {
            return false;
        }

        // 健康教育指导中心, 经济协作办, 督查督办室, 农村合作经济指导司: these verbs end bodies' names; 指导组织实施 and
        // 指导司法所 are still the verb and its work.
        return "中心站所科处室办局组院会委部同人单门领司厅队".IndexOf(next) < 0
            || (next == '组' && after + 1 < folded.Length && folded[after + 1] == '织')
            || (next == '司' && after + 1 < folded.Length && folded[after + 1] == '法');
    }

    // How the name of a body that holds a role word ends.
    private static readonly string[] NameEnds = { "办公室", "中心", "办", "站", "所", "局", "处", "科", "室", "院", "委" };

    // What such a name goes on with after its role word: the office's own function (推进办公室, 保障中心, 协调中心), or 办
    // alone; never another body's name (县民政配合社区服务中心, 县医共体牵头各卫生院).
    private static readonly string[] NameGoesOn = { "推进", "保障", "服务", "协调", "促进", "联络", "工作", "管理", "指挥", "办" };

    /// <summary>
    /// True where 牵头 or 配合 at <paramref name="index"/> is inside a body's name (市重点项目牵头推进办公室, 市项目牵头办,
    /// 市会展活动配合保障中心): the run of characters before it (up to 16, to the nearest non-character) names no body of its
    /// own, the words after it (up to the next role word) are the office's function and its ending, and without the word
    /// they make a body's name (市项目办). 县住建局牵头建设服务中心 and 县民政配合社区服务中心 are a body and its verb.
    /// </summary>
    internal static bool InsideName(string folded, int index, string word)
    {
        if (!word.StartsWith("牵头", StringComparison.Ordinal) && !word.StartsWith("配合", StringComparison.Ordinal))
        {
            return false;
        }

        // What follows first, the cheap test: in a clause the word is almost always followed by a separator or the work.
        var after = index + word.Length;
        var end = after;
        while (end < folded.Length && end - after < 8 && ChineseText.IsHan(folded[end]) && !StartsVerb(folded, end))
        {
            end++;
        }

        // The name ends at the last office ending of the run: 协作配合办公室具体承办 holds 办公室, then its words.
        while (end > after && !NameEnds.Any(e => string.CompareOrdinal(folded, end - e.Length, e, 0, e.Length) == 0 && end - e.Length >= after))
        {
            end--;
        }

        var rest = folded.Substring(after, end - after);
        if (rest.Length == 0 || !NameGoesOn.Any(w => rest.StartsWith(w, StringComparison.Ordinal)) || rest.Contains("牵头") || rest.Contains("配合"))
        {
            return false;
        }

        var start = index;
        while (start > 0 && index - start < 16 && ChineseText.IsHan(folded[start - 1]))
        {
            start--;
        }

        // 县财政局要配合县发改局: a body's name, then its words; never a name of its own (a two-character start such as 市会
        // says nothing: 市会展活动; a body's name never ends inside a word, as 侦查监督与协 does in 协作). Words before it that hold 牵头 or 配合 themselves are no name's, so the judging of a
        // name never comes back here with a longer run: each call sees fewer characters before its word than the last.
        var prefix = folded.Substring(start, index - start);
        return prefix.Length >= 2 && !prefix.Contains("牵头") && !prefix.Contains("配合") && !prefix.EndsWith("级", StringComparison.Ordinal)
            && !UnitShape.IsGroup(prefix) && !Enumerable.Range(3, System.Math.Max(0, prefix.Length - 2)).Any(n => !StartsVerb(prefix, n - 1) && UnitShape.IsOrganisation(prefix.Substring(0, n)))
            && !UnitShape.IsOrganisation(prefix) && UnitShape.IsOrganisation(prefix + rest);
    }

    private static bool StartsVerb(string folded, int at)
        => VerbsByFirst.TryGetValue(folded[at], out var candidates) && candidates.Any(v => v.Word.Length >= 2 && string.CompareOrdinal(folded, at, v.Word, 0, v.Word.Length) == 0);

    // 宣传处会办公室, 总务处会校医室: 会 between a body's name and another's (not 委员会, 局会议, 县财政局会及时拨付).
    private static bool AbbreviatedTogether(string folded, int index)
    {
        // 会计, 会展, 会议, 会商, 会审, 会务, 会签: words of their own, in a name (县财政局会计科) or as the work.
        if (index == 0 || index + 1 >= folded.Length || "处局厅办室部科站所队心".IndexOf(folded[index - 1]) < 0
            || "计展议商审务签谈员同诊战场所馆堂客见晤餐演考聚后前上中及将在把对要".IndexOf(folded[index + 1]) >= 0)
        {
            return false;
        }

        // The other body's name runs whole to a role's verb, a stop or the end: 办公室负责, 县人社局、…, 校医室每周….
        var end = index + 1;
        while (end < folded.Length && end - index <= 16 && ChineseText.IsHan(folded[end]) && VerbAfterName(folded, end) is null)
        {
            end++;
        }

        var name = folded.Substring(index + 1, end - index - 1);
        return name.Length >= 2 && "处局厅办室部科站所队心院委".IndexOf(name[name.Length - 1]) >= 0 && UnitShape.IsOrganisation(name);
    }

    // What may follow the other body's name: its role, or its work (总务处会校医室每周开展…).
    private static readonly string[] AfterPartner = { "负责", "牵头", "配合", "共同", "联合", "做好", "开展", "每" };

    private static string? VerbAfterName(string folded, int at)
    {
        foreach (var verb in AfterPartner)
        {
            if (string.CompareOrdinal(folded, at, verb, 0, verb.Length) == 0)
            {
                return verb;
            }
        }

        return null;
    }

    // Verbs grouped by their first character, each group in the table's order (longest first where it matters).
    private static readonly System.Collections.Generic.Dictionary<char, (string Word, Role Role)[]> VerbsByFirst =
        Verbs.GroupBy(v => v.Word[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly string[] ClosingVerbs = { "统筹", "统筹协调", "办理", "负责组织", "负责统筹", "负责统筹协调" };

    // Role verbs that end the names of bodies (指导中心, 协作办, 督办室, 协调处).
    private static readonly string[] NameVerbs = { "指导", "协作", "协同", "协调", "督办", "督查", "督导", "监督", "协办", "统筹" };

    private static bool EndsNames(string word)
    {
        foreach (var verb in NameVerbs)
        {
            if (word.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // What makes a role verb a person's word (负责人, 负责同志, 牵头领导) or a label's (负责单位, 牵头单位县疾控中心,
    // 牵头部门); a word that may also start the work (主体, 机关, 小组, 处, 科) only where the label ends there
    // (实施主体：, 牵头处：, 负责科）): not 负责处置, 落实主体责任, 负责机关事务, 负责部署.
    private static bool LabelOrPersonAt(string folded, int at)
    {
        if (folded[at] == '人' || StartsWithAny(folded, at, PersonWords) > 0 || StartsWithAny(folded, at, LabelWords) > 0)
        {
            return true;
        }

        var length = StartsWithAny(folded, at, EndingLabelWords);
        length = length > 0 ? length : "处科股室组".IndexOf(folded[at]) >= 0 ? 1 : 0;
        var next = at + length < folded.Length ? folded[at + length] : ' ';
        return length > 0 && (next < '\u4E00' || next > '\u9FFF' || "和及与".IndexOf(next) >= 0);
    }

    // The length of the first of the words that starts at the index, or 0.
    private static int StartsWithAny(string folded, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(folded, at, word, 0, word.Length) == 0)
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static readonly string[] PersonWords = { "同志", "领导", "组长" };

    private static readonly string[] LabelWords = { "单位", "部门", "处室", "科室", "股室", "部室", "机构" };

    private static readonly string[] EndingLabelWords = { "机关", "主体", "小组" };

    /// <summary>The verb that starts at <paramref name="index"/>, if any.</summary>
    public static (string Word, Role Role) VerbAt(string folded, int index)
    {
        // Every character of every clause is tried: only the verbs that start with it are compared.
        if (index < 0 || index >= folded.Length || !VerbsByFirst.TryGetValue(folded[index], out var candidates))
        {
            return (string.Empty, Role.None);
        }

        if (HelpProvided(folded, index) is { } help)
        {
            return (help, Role.Support);
        }

        foreach (var verb in candidates)
        {
            if (string.CompareOrdinal(folded, index, verb.Word, 0, verb.Word.Length) == 0 && IsVerbAt(folded, index, verb.Word))
            {
                return verb.Word == "负责" && SideDutyAfter(folded, index + verb.Word.Length) is var side and not Role.None ? (verb.Word, side) : verb;
            }
        }

        return (string.Empty, Role.None);
    }

    // 市民政局提供数据比对支持, 县财政局提供资金保障: 提供, a few words of what, and 支持/支撑/保障 closing the part: help
    // beside the work, as 提供技术支持 is.
    private static string? HelpProvided(string folded, int index)
    {
        if (string.CompareOrdinal(folded, index, "提供", 0, 2) != 0)
        {
            return null;
        }

        for (var end = index + 4; end <= System.Math.Min(folded.Length - 2, index + 12); end++)
        {
            if (!ChineseText.IsHan(folded[end - 1]))
            {
                return null;
            }

            if ((string.CompareOrdinal(folded, end, "支持", 0, 2) == 0 || string.CompareOrdinal(folded, end, "支撑", 0, 2) == 0 || string.CompareOrdinal(folded, end, "保障", 0, 2) == 0)
                && (end + 2 == folded.Length || "，,；;。）)、 　".IndexOf(folded[end + 2]) >= 0))
            {
                return folded.Substring(index, end + 2 - index);
            }
        }

        return null;
    }

    // 由X公司具体实施，县交通运输局负责行业监管: the authority over a trade watches the body its sentence gives the work to;
    // alone (县交通运输局负责行业监管，各乡镇配合) the oversight is the work, and it answers for it.
    private static readonly string[] Regulations = { "负责行业监管", "负责行业监督", "负责监督管理", "负责监管" };

    private static readonly string[] DoersWords = { "具体实施", "组织实施", "负责实施", "牵头实施", "具体承办", "具体落实", "负责建设", "负责运营", "承担实施" };

    /// <summary>
    /// True where <paramref name="word"/> is the oversight of a trade and <paramref name="clause"/> gives the work to
    /// another body (由X公司具体实施; 由X负责 before it): the authority watches that body, and answers for nothing of the
    /// task. Named first (县市场监管局负责监管，县教育局负责), the oversight is the task's work.
    /// </summary>
    public static bool RegulatesBesideTheDoer(string word, string clause)
        => Regulations.Contains(word) && clause.IndexOf(word, StringComparison.Ordinal) is var at and >= 0
            && (DoersWords.Any(clause.Contains) || HasRole(clause.Substring(0, at), Role.Lead, Role.Accountable, Role.Implementer));

    private static readonly string[] DoerWords = { "牵头", "负责", "实施", "承担", "承办", "主办", "落实" };

    /// <summary>
    /// True where <paramref name="word"/> at <paramref name="at"/> of <paramref name="part"/> is a 负责 whose side duty is an
    /// inspection (计量科负责对生产企业的计量器具开展专项检查) and nothing else in the task's <paramref name="words"/> gives a
    /// body the work: the inspection is the task's work itself, and <paramref name="body"/> answers for it. Beside a doer
    /// (县卫健局负责对各乡镇进行监督检查，县爱卫办负责; 各学校要…。X负责对…开展督查) it stays a side duty, and a body whose
    /// office is to supervise (纪委监委, 人大常委会, 督查室) only supervises.
    /// </summary>
    public static bool InspectionIsTheWork(string word, string part, int at, string words, string body)
        => word == "负责" && SideDutyAfter(part, at + word.Length) == Role.Oversight
            && DoerWords.Sum(w => ChineseText.Occurrences(words, w, atMost: 2)) == 1
            && !Supervisors.Any(body.Contains) && !SubjectMustAct(words);

    private static readonly string[] Supervisors = { "纪委", "监委", "纪检", "监察", "人大", "政协", "督查", "督导", "巡察", "巡视" };

    // 各学校要…, 各级河长要…: a sentence whose subject must do the work.
    private static bool SubjectMustAct(string words)
    {
        foreach (var sentence in words.Split('。', '；', ';', '！', '？'))
        {
            var text = sentence.TrimStart(' ', '　');
            for (var k = 2; k < text.Length && k <= MaxSubject; k++)
            {
                if (UnitShape.ModalAt(text, k) > 0 && text.Substring(0, k) is var subject
                    && (UnitShape.IsOrganisation(subject) || subject.EndsWith("长", StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int MaxSubject = 16;

    // 由领导小组统筹，县人社局具体负责: a leading group that coordinates beside the body that answers for the work in detail
    // directs it, as guidance does (县卫健委统筹推进，各乡镇卫生院具体负责 and 由X统筹，各乡镇具体实施 leave X the lead).
    private static readonly string[] Coordinations = { "统筹", "统筹推进", "统筹协调", "负责统筹", "负责统筹协调" };

    /// <summary>True where <paramref name="word"/> coordinates and <paramref name="clause"/> gives another body the work 具体负责.</summary>
    public static bool CoordinatesBesideTheAccountable(string word, string clause) => Coordinations.Contains(word) && clause.Contains("具体负责");

    // 负责对幼儿园卫生保健工作进行业务指导: 负责 and a side duty aimed at the work (对…进行指导, 对…监督检查), as 负责业务指导
    // is; the work itself is someone else's.
    private static Role SideDutyAfter(string folded, int after)
    {
        if (after >= folded.Length || folded[after] != '对')
        {
            return Role.None;
        }

        var end = folded.IndexOfAny(new[] { '，', ',', '。', '；', ';', '）', ')' }, after);
        var duty = (end < 0 ? folded.Substring(after) : folded.Substring(after, end - after)).TrimEnd();
        duty = duty.EndsWith("工作", StringComparison.Ordinal) ? duty.Substring(0, duty.Length - 2) : duty;
        return duty.EndsWith("指导", StringComparison.Ordinal) ? Role.Guidance
            : duty.EndsWith("督导", StringComparison.Ordinal) || duty.EndsWith("督查", StringComparison.Ordinal) || duty.EndsWith("监督", StringComparison.Ordinal)
                || duty.EndsWith("检查", StringComparison.Ordinal) ? Role.Oversight
            : Role.None;
    }

    /// <summary>True where the text holds a role word at all: worth reading as a clause.</summary>
    /// <summary>True where a verb of one of <paramref name="roles"/> stands anywhere in the words.</summary>
    public static bool HasRole(string folded, params Role[] roles)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (System.Array.IndexOf(roles, VerbAt(folded, i).Role) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasRole(string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (VerbAt(folded, i).Role != Role.None)
            {
                return true;
            }
        }

        return false;
    }

    // 牵头部门（单位）, 【牵头单位】: the label without its brackets and what they hold, and without spaces.
    private static string Squeeze(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (ChineseText.IsOpenParen(c))
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(c))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && !char.IsWhiteSpace(c) && c is not ('【' or '】' or '[' or ']' or '“' or '”' or '*'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
