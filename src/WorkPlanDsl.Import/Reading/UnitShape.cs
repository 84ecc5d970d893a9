using System;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Whether words name an organisation, judged by what Chinese government bodies look like: they end in 局, 委, 办, 部,
/// 厅, 署, 院, 中心, 政府, 公司 …; a person (张三), a field label (配合单位), punctuation, 等 or a generic noun
/// (人力资源社会保障行政部门) does not. Collectives (各区, 有关部门) are groups, which are organisations too.
/// </summary>
internal static partial class UnitShape
{
    // Longest first is not needed: any ending that matches is enough.
    private static readonly string[] Endings =
    {
        "局", "委", "办", "部", "厅", "署", "院", "会", "中心", "站", "所", "科", "处", "室", "股", "队", "司", "社", "团", "课",
        "政府", "集团", "公司", "银行", "分行", "支行", "农商行", "馆", "组", "专班", "联", "协", "盟", "校", "大学", "海关", "街道", "镇", "乡",
        "农场", "林场", "牧场", "电视台", "气象台", "广播电视台",
        "总局", "总社", "办公室", "委员会", "指挥部", "管委会", "工委", "党委", "党组", "机关", "监狱", "支队", "大队", "中队",
        "医院", "集团公司", "基地", "研究所", "研究院", "报社", "电视台", "保健院", "卫生院", "供电公司", "商会", "新华书店",
        "总工会", "妇联", "残联", "科协", "工商联", "团委", "团市委", "团区委", "团县委", "红十字会", "园区", "开发区", "新区",
        "高新区", "功能区", "保税区", "试验区", "示范区", "管理区", "旅游区", "经济特区", "管理处", "办事处", "中心校", "学校", "厂",

        // Zones a county runs through their own committees, named short in lists of bodies (经开区, 东太湖度假区, 综保区).
        "经开区", "度假区", "合作区", "综保区",

        // Schools named by their kind (县第一中学, 县职业中专, 城关小学, 机关幼儿园), a street office's named communities
        // (湖贝社区, 东门社区) and the industrial parks a county runs as bodies (攸县工业园).
        "中学", "小学", "中专", "职专", "职中", "幼儿园", "社区", "工业园", "产业园",

        // A factory's workshops (冲压车间, 涂装车间, 各生产车间): its bodies, as a bureau's offices are.
        "车间",

        // The palaces a 团委 or a 总工会 runs for children and workers (市青少年宫, 区少年宫, 市工人文化宫).
        "青少年宫", "少年宫", "文化宫",

        // A court's divisions: 立案庭, 民二庭, 刑事审判庭, 民事审判第一庭, 知识产权庭, 少年家事庭, 各业务庭, and its tribunals (人民法庭).
        "立案庭", "审判庭", "法庭", "民一庭", "民二庭", "民三庭", "民四庭", "刑一庭", "刑二庭", "行政庭", "执行庭", "审监庭", "少年庭",
        "第一庭", "第二庭", "第三庭", "第四庭", "第五庭", "产权庭", "家事庭", "业务庭", "审判一庭", "审判二庭", "审判三庭", "环资庭", "商事庭",
        "刑庭", "民庭",
    };

    // What a collective of bodies ends with beyond a body's own endings: 各区, 有关部门, 各成员单位, 各省（区、市）.
    private static readonly string[] CollectiveEndings =
    {
        "部门", "单位", "地区", "区", "县", "市", "省", "州", "盟", "旗", "区县", "县区", "市县", "机构", "方面", "企业", "乡镇", "村", "社区",
        "地方", "城市", "口岸", "园区", "镇街", "街", "学校", "医院", "医疗机构", "组织", "国企", "国有企业",

        // A university's departments (各系, 各院系) and a district's schools (各国民中小学, 各中小学).
        "系", "院系", "中小学", "中小学校",
    };

    // Everyday words that end like a body's name (全部, 布局, 社会, 平台 is not listed at all): never a body.
    private static readonly string[] NotBodies =
    {
        "全部", "内部", "局部", "干部", "中部", "东部", "西部", "北部", "南部", "外部", "底部", "顶部", "基层干部", "格局", "布局", "大局", "结局",
        "社会", "大会", "机会", "都会", "例会", "年会", "晚会", "峰会", "博览会", "交易会", "运动会", "展会", "座谈会", "推进会", "现场会",
        "记者会", "发布会", "见面会", "说明会", "务虚会", "推介会", "招商会", "培训会", "研讨会", "论证会", "听证会", "恳谈会", "茶话会", "动员会", "交流会",
        "分享会", "报告会", "演讲会", "音乐会", "联欢会", "游园会", "庙会", "灯会", "展销会", "品鉴会", "观摩会", "对接会", "洽谈会", "启动会",
        "表彰会", "总结会", "部署会", "调度会", "评审会", "朗诵会", "演唱会", "订货会", "年货会", "美食会", "故事会",
        "举办", "承办", "创办", "开办", "兴办", "督办", "交办", "查办", "包办", "场所", "住所", "城乡", "城镇", "关联", "互联", "串联", "部署",
        "大厅", "学科", "专科", "好处", "之处", "难处", "用处", "团队",
        // 民政课, 农观课 (a Taiwanese office's sections) are bodies; a lesson is not.
        "党课", "思政课", "公开课", "网课", "微课", "上课", "讲课", "功课", "必修课", "选修课", "课程", "团课", "第一课", "体育课", "音乐课", "美术课",
        "劳动课", "语文课", "数学课", "英语课", "科学课", "实践课", "活动课", "班会课", "兴趣课", "心理课", "健康课", "教育课程", "安全课", "法治课",
        "入股", "参股", "控股", "持股", "配股", "新股", "炒股",
    };

    // What a task's words start with (建设, 推进 …), never a body's name of six characters or more.
    private static readonly System.Text.RegularExpressions.Regex CutMark = new(@"[（(](?:牵(?!头)|配(?!合))[\u4E00-\u9FFF]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] ActionWords =
    {
        "建设", "推进", "开展", "完善", "加强", "实施", "推动", "加快", "提升", "健全", "建立", "强化", "深化", "落实", "优化", "促进", "压实", "夯实",
        "做好", "打造", "创建", "新建", "改造", "支持", "培育", "规范", "探索", "持续", "全面", "积极", "扎实", "稳步", "着力", "大力",
        "不断", "进一步", "统筹", "严格", "保障", "提高", "扩大", "巩固", "构建", "制定", "编制", "启动", "召开", "举办", "谋划", "设立",
        "增设", "新增", "设置", "办理", "辅导", "建置", "开设", "组建", "成立", "筹建", "扶持", "引进", "培训",
        "加大", "深入", "切实", "认真", "抓好", "办好", "管好", "用好", "建好", "抓实", "做实", "聚焦", "围绕", "依法", "全力", "狠抓", "坚持", "推行",
        // 请X会同Y分析研判形势: what a directive asks for, after the partners' names.
        "分析", "研判", "帮助", "督促", "核查", "梳理", "化解",
    };

    // 2024年市教育局, 6月底前市教育局: a date before the body is when, never part of its name.
    private static readonly System.Text.RegularExpressions.Regex LeadingDate = new(@"^\d{1,4}\s*[年月日]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Names are judged often: the pattern only where one of its words stands.
    private static bool IsBodyToBody(string bare) => bare.IndexOfAny(BodyToBodyWords) > 0 && BodyToBody.IsMatch(bare);

    private static readonly char[] BodyToBodyWords = { '对', '向', '替', '给', '托' };

    private static readonly System.Text.RegularExpressions.Regex BodyToBody = new(
        "[局委办厅府署部院区县]([对向替给]|委托)[省市县区乡镇各]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // What a body named for the work it drives ends with, and the work it may be named for (not what sets one up:
    // 组建改革工作专班, 成立…领导小组 are the work's words).
    private static readonly string[] OfficesNamedForWork = { "办公室", "领导小组", "工作领导小组", "指挥部", "工作专班", "专班", "委员会", "推进办" };

    private static readonly string[] WorkOfficesAreNamedFor = { "深化", "优化", "推进", "推动", "加快", "促进", "扩大", "巩固", "提升" };

    // What a government department's name ends with: not a place, a school, a project or a facility.
    private static readonly string[] DepartmentEndings =
    {
        "局", "委", "办", "厅", "署", "部", "政府", "办公室", "委员会", "管委会", "工委", "党委", "党组", "办事处", "支队", "大队", "中队", "分局", "总局",
    };

    /// <summary>
    /// True where the printed name is a government department or office by its ending (市人力资源社会保障局, 县政府办公室),
    /// not a place, a school or a facility that work may be about (县第三中学, 县体育馆, 城东新区).
    /// </summary>
    public static bool IsDepartment(string name)
    {
        var bare = WithoutParentheses(ChineseText.Fold(name).Trim());
        return IsOrganisation(name) && DepartmentEndings.Any(e => bare.EndsWith(e, StringComparison.Ordinal));
    }

    private static readonly string[] ShortOfficeEndings = DepartmentEndings.Concat(new[] { "处", "科", "室", "股", "站", "所", "中心", "队", "组", "会", "社", "行", "馆", "院", "团", "司" }).ToArray();

    // 转交有关部门, 移交相关单位: the work of passing a matter on, and to whom, not a group's name.
    private static readonly string[] HandingWords = { "转交", "移交", "交由", "交给", "报送", "上报", "提交", "转送", "转办", "交办" };

    /// <summary>
    /// True where a body's name ends as a school, a community or an industrial park does (县第一中学, 湖贝社区, 攸县工业园):
    /// bodies in a clause, but as a heading or a task's own words as likely what the work builds or is about.
    /// </summary>
    public static bool IsPlaceLikeBody(string name)
    {
        var bare = WithoutParentheses(ChineseText.Fold(name).Trim());
        return PlaceLikeEndings.Any(e => bare.EndsWith(e, StringComparison.Ordinal));
    }

    // 争取, 邀请, 主动对接, 配合, 待: what a sentence's own body asks of, works beside or waits for in another.
    private static readonly string[] AskingVerbs =
    {
        "争取", "邀请", "主动对接", "主动", "对接", "服从", "配合", "支持", "推动", "请", "建议", "协调", "联系", "依托", "借助", "会同", "协助",
        "提请", "报请", "积极", "待",
    };

    /// <summary>True where the words open with a verb aimed at another body (争取市应急管理局牵头, 待县卫健局牵头): not who
    /// leads.</summary>
    public static bool OpensWithAsking(string folded) => AskingVerbs.Any(w => folded.StartsWith(w, StringComparison.Ordinal));

    private static readonly System.Text.RegularExpressions.Regex ScopeBefore = new(
        @"^(?:其中)?第[（(]?[0-9一二三四五六七八九十]+[）)]?(?:[、—\-至到][（(]?[0-9一二三四五六七八九十]+[）)]?)*(?:项|条|款|点)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] PlaceLikeEndings = { "中学", "小学", "中专", "职专", "职中", "幼儿园", "社区", "工业园", "产业园", "村" };

    // 栎桥村, 柘塘村: a village a township's plan gives work to, named as a 社区 is; not a kind of village (示范村, 行政村,
    // 薄弱村), a count (8个村) or where work goes (进村, 驻村).
    private static bool IsNamedVillage(string bare)
        => bare.Length is >= 3 and <= 8 && bare[bare.Length - 1] == '村' && !bare.Any(char.IsDigit)
            && KindOfVillageChars.IndexOf(bare[bare.Length - 2]) < 0 && !KindsOfVillage.Any(k => bare.EndsWith(k + "村", StringComparison.Ordinal));

    private const string KindOfVillageChars = "农乡全本该每各整进入驻到下在留返邻两三四五六七八九十个强富";

    private static readonly string[] KindsOfVillage =
    {
        "行政", "自然", "示范", "试点", "重点", "薄弱", "贫困", "脱贫", "空心", "城中", "中心", "宜居", "文明", "先进", "达标",
        "移民", "传统", "特色", "旅游", "专业", "样板", "精品", "明星", "生态", "园林", "卫生", "法治", "民主", "和美", "美丽",
        "标准化", "合格", "创建", "省级", "市级", "县级", "边远", "偏远", "山区", "库区", "集体", "经济",
    };

    // Nouns that start with an action word: the field a body's name says it works in.
    private static readonly string[] NounsLikeActions = { "建设工程", "建设项目" };

    // 由于县商务局, 由由义镇政府: a 由 of any kind but 自由's; a name that holds one is a sentence's words, or too unsure.
    private static bool HoldsBy(string bare)
    {
        for (var i = bare.IndexOf('由'); i >= 0; i = bare.IndexOf('由', i + 1))
        {
            if (i == 0 || bare[i - 1] != '自')
            {
                return true;
            }
        }

        return false;
    }

    // What starts a sentence, never a body's name: a demonstrative (此项工作, 该任务, 这些), 明确, 具体, 其中, and the
    // verbs and prepositions that put a body in a role (确定X为牵头单位, 以X为牵头单位).
    private static readonly string[] SentenceHeads =
    {
        "此", "该", "这", "本项", "本条", "上述", "其中", "同时", "具体", "分别", "明确", "确定", "指定", "以",

        // 请示X, 报请X: asking a body for instructions or approval, not naming one; 需要X牵头的工作: work that needs one.
        "请示", "请求", "报请", "提请", "申请", "需要", "需由",

        // 责成X: X is charged with the work, the word is no part of its name.
        "责成",

        // A time word (去年县商务局为牵头单位): when the sentence speaks of, never part of a name.
        "去年", "今年", "明年", "前年", "往年", "近年", "目前", "当前", "今后",

        // 原则上市教育局牵头, 杜绝市A局牵头: a qualifier or a ban before the body.
        "原则上", "杜绝", "严禁", "禁止", "不得", "尚未",
    };

    // Words that make a run of text a sentence or a label, never a name.
    private static readonly string[] NotInNames =
    {
        "单位：", "单位:", "部门：", "部门:", "处室：", "处室:", "科室：", "科室:", "牵头单位", "配合单位", "责任单位", "配合部门", "牵头部门", "责任部门",
        "。", "；", ";", "：", ":", "！", "？", "《", "》", "“", "”", "\"", "【", "】",

        // 守住安全底线——市应急管理局: a dash parts a title from its words, never two halves of a name.
        "——", "—",

        // 成员单位包括县财政局: what a group is made of, never inside a body's name.
        "包括", "包含",

        // 本计划发至全院各科室: where the document is sent, never who does a task.
        "发至", "印发至", "下发至",
    };

    // 本计划, 本方案: the document itself, however its words go on (本计划发至全院各科室).
    private static readonly System.Text.RegularExpressions.Regex TheDocument = new(
        "^本(?:计划|方案|通知|意见|要点|清单|文件|办法|细则|规划|表)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 各乡镇（包括城关街道）: a group's closing bracket says what it takes in; the 包括 there is the group's own words.
    private static string ClosingNoteDropped(string folded)
        => System.Text.RegularExpressions.Regex.Replace(folded, @"[（(](?:包括|包含)[^（()）]*[）)]$", string.Empty);

    /// <summary>
    /// True where <paramref name="name"/> is a body's own words whose ending is printed once, after <paramref name="next"/>
    /// (人民大垸、荒湖管理区): with the next name's ending of two characters or more it is an organisation.
    /// </summary>
    public static bool SharesEnding(string name, string next)
    {
        var folded = ChineseText.Fold(name).Trim();
        var nextFolded = ChineseText.Fold(next).Trim();
        if (folded.Length < 3 || folded.Length > 8 || !folded.All(ChineseText.IsHan) || ActionWords.Any(w => folded.StartsWith(w, StringComparison.Ordinal)))
        {
            return false;
        }

        var ending = Endings.Where(e => e.Length >= 2 && nextFolded.EndsWith(e, StringComparison.Ordinal) && nextFolded.Length > e.Length).OrderByDescending(e => e.Length).FirstOrDefault();
        return ending is not null && IsOrganisation(folded + ending);
    }

    /// <summary>The first character of a body named by its place's level (省…, 市…, 县…, 区…, 镇…, 乡…).</summary>
    public const string LevelPrefixes = "省市县区镇乡";

    /// <summary>True for a collective: nobody in particular, declared as a <c>group</c>.</summary>
    public static bool IsGroup(string name) => UnitNames.IsCollective(name);

    /// <summary>
    /// The name without the bracket it ends with (县经济和信息化局（县中小企业局）, its other name; 县交通运输局（牵头）, a mark):
    /// the name as it is where it ends with none.
    /// </summary>
    public static string WithoutClosingBracket(string name)
        => name.Length > 2 && name[name.Length - 1] is '）' or ')' && name.LastIndexOfAny(new[] { '（', '(' }) is var open and > 0 ? name.Substring(0, open) : name;

    /// <summary>True where the words end as a body's name does (业联合会, 和改革委员会), whatever they start with.</summary>
    public static bool EndsLikeBody(string words)
        => Endings.Any(e => words.EndsWith(e, StringComparison.Ordinal)) && !NotBodies.Any(b => words.EndsWith(b, StringComparison.Ordinal))
           && !CountOfPlaces(words);

    // 体育设施100处, 新建学校3所: a count's measure word (处, 所, 个, 家) after its figure, no body's ending.
    private static bool CountOfPlaces(string words)
        => words.Length >= 2 && "处所站室队院馆".IndexOf(words[words.Length - 1]) >= 0 && (char.IsDigit(words[words.Length - 2]) || "十百千万两几多余".IndexOf(words[words.Length - 2]) >= 0);

    /// <summary>
    /// A kind of body named by nothing else (人民政府, 管委会, 党工委): a name only after a place's, as a place's party
    /// committee and government are paired (党委和人民政府). Not 人大 or 政协: 市人大常委会和政协 are two bodies.
    /// </summary>
    public static bool IsBareKind(string folded) => BareKinds.Contains(folded);

    private static readonly System.Collections.Generic.HashSet<string> BareKinds = new(StringComparer.Ordinal)
    {
        "人民政府", "政府", "管委会", "管理委员会", "党委", "党工委", "党组", "纪委", "监委", "纪委监委",
    };

    // The longest name of an organisation the importer accepts (中共某某省委某某工作委员会某某办公室 and the like fit).
    private const int MaxOrganisationLength = 40;

    /// <summary>True where the words end with a body set up to coordinate others' work (县就业工作领导小组, 指挥部, 联席会议).</summary>
    public static bool IsCoordinatingGroup(string words)
    {
        var name = ChineseText.Fold(words).Trim();
        return CoordinatingGroups.Any(e => name.EndsWith(e, StringComparison.Ordinal));
    }

    private static readonly string[] CoordinatingGroups = { "领导小组", "工作小组", "指挥部", "联席会议" };

    /// <summary>True where the printed name looks like an organisation or a group of them.</summary>
    public static bool IsOrganisation(string name)
    {
        var folded = ChineseText.Fold(name).Trim();
        if (folded.Length < 2 || folded.Length > MaxOrganisationLength)
        {
            return false;
        }

        // 市府, 县府: a government called by its seat, as minutes do.
        if (IsGroupByRole(folded) || folded is "市府" or "县府" or "省府" or "区府" or "本府")
        {
            return true;
        }

        // 各责任单位, 各配合部门: the groups a label's bodies make, not the label. 各牵头单位 is every task's lead at once
        // (各牵头单位为第一责任单位，要于每月25日前…): what the plan asks of its leads, never one task's body.
        var labelsGroup = folded.Length > 3 && folded[0] == '各' && RoleWords.Label(folded.Substring(1)) is not (Role.None or Role.Person or Role.Time);
        if (labelsGroup && RoleWords.Label(folded.Substring(1)) == Role.Lead)
        {
            return false;
        }

        if ((!labelsGroup && NotInNames.Any(w => (w is "包括" or "包含" ? ClosingNoteDropped(WithoutQuotedWords(folded)) : WithoutQuotedWords(folded)).Contains(w))) || folded.All(c => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsDigit(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        // 区城市管理局（牵市自然资源和规划局: a lead's mark cut off (（牵 without 头) and cells run together, no name; a
        // bracket merely left open (县住建局（县城市管理局) is a name broken over lines, read as it is.
        if (CutMark.IsMatch(folded) && folded.Count(c => c is '（' or '(') > folded.Count(c => c is '）' or ')'))
        {
            return false;
        }

        // 完成低效工业用地再 / 楠溪分局: a cell's work run into the names beside it; no body's name starts with 完成.
        if (folded.EndsWith("等", StringComparison.Ordinal) || folded.StartsWith("和", StringComparison.Ordinal) || folded.StartsWith("及", StringComparison.Ordinal) || TheDocument.IsMatch(folded)
            || folded.StartsWith("完成", StringComparison.Ordinal))
        {
            return false;
        }

        // 第（一）项县委宣传部: which of the plan's tasks, then a body; no name. 主动对接市发改委, 争取市应急管理局: what is
        // asked of a body, with it.
        if (ScopeBefore.IsMatch(folded) || AskingVerbs.Any(w => folded.Length > w.Length + 2 && folded.StartsWith(w, StringComparison.Ordinal)
            && (LevelPrefixes.IndexOf(folded[w.Length]) >= 0 || folded[w.Length] == '各')))
        {
            return false;
        }

        // 非县住建局牵头事项, 除市财政局: a body set apart, not named (非遗保护中心, whose 非 is its own, has no level after it).
        if (folded.Length > 3 && folded[0] is '非' or '除' && LevelPrefixes.IndexOf(folded[1]) >= 0)
        {
            return false;
        }

        // 虽然市住建局, 如县应急管理局, 如需县自然资源局, 在县发改委(牵头下): a conjunction, a condition or the 在 of a
        // circumstance before a body is no part of its name (如东县财政局 is one: 如 before a place's own name).
        // 根据县水利局, 经县政府, 向市委: a preposition before a body (the basis, the approver, the one reported to).
        if (Conjunctions.Any(w => folded.StartsWith(w, StringComparison.Ordinal))
            || (folded.Length > 1 && folded[0] is '如' or '若' or '在' or '经' or '向' or '对' or '据' or '按' or '依' or '报' or '请' or '为' && (LevelPrefixes.IndexOf(folded[1]) >= 0 || folded[1] == '各'))
            || (folded.Length > 2 && PrepositionWords.Any(w => folded.StartsWith(w, StringComparison.Ordinal)) && (LevelPrefixes.IndexOf(folded[2]) >= 0 || folded[2] == '各'))
            || RestsOnWords.Any(w => folded.StartsWith(w, StringComparison.Ordinal)))
        {
            return false;
        }

        // 牵头单位 is a label, never a name; 各责任科室, 各责任股室 are the groups the label's bodies make.
        if (RoleWords.Label(folded) != Role.None && !folded.StartsWith("各", StringComparison.Ordinal))
        {
            return false;
        }

        var bare = WithoutParentheses(folded);

        // 县委书记任组长的领导小组: a body described by a clause, not named; 县委常委: a member of it, a person; 县长召集
        // 县水利局, 主要领导带队: what someone does, never inside a name.
        if (WithoutQuotedWords(bare).Contains("的") || bare.EndsWith("常委", StringComparison.Ordinal) || DoingWords.Any(w => bare.Contains(w))
            || DirectsOthers.IsMatch(bare))
        {
            return false;
        }

        // A body's name is words, not a clause: no verb of responsibility inside it (市委网信办会同各区), and no
        // 要/应 before what is to be done (各区政府要加强与市直部门): a group's name no more than a body's.
        if (RoleWords.Verbs.Any(v => Contains(bare, v.Word)) || HasModalVerb(bare))
        {
            return false;
        }

        if (IsPerson(bare))
        {
            return false;
        }

        // 明确由区公共资源交易中心, 此项工作由区工信局: the head of a sentence, not a name. 由 brings in who does the
        // work, so a name never holds it (自由贸易试验区 holds 自由), nor starts with words that start a sentence.
        // 一是创建…示范区: an item's lead-in, then its work.
        if (ClauseReader.AgentStart(bare, 0, bare.Length) >= 0 || HoldsBy(bare) || SentenceHeads.Any(h => bare.StartsWith(h, StringComparison.Ordinal)) || (bare.Length > 0 && char.IsDigit(bare[0]) && LeadingDate.IsMatch(bare))
            || Numbering.Read(SourceLine.Of(0, bare)).Kind == NumberingKind.ItemLead)
        {
            return false;
        }

        if (IsGroup(folded))
        {
            // 各区, 各县市区卫生健康局, 有关部门, 委直属单位: a collective of bodies, not of people (有关工作人员), nor the
            // bodies and whom they serve (各金融机构为民营企业).
            return bare.Length >= 2 && (Endings.Any(e => bare.EndsWith(e, StringComparison.Ordinal)) || CollectiveEndings.Any(e => bare.EndsWith(e, StringComparison.Ordinal)))
                && bare.IndexOf('为') < 0 && !HandingWords.Any(w => bare.StartsWith(w, StringComparison.Ordinal)) && !IsBodyToBody(bare);
        }

        // 向省财政厅, 与市财政局: the body a word of reporting or working with is aimed at, not a name; nor two bodies and
        // the word between them (各县市区对市政府, 市A局向市政府, 市A局委托市B局).
        if (PrepositionBeforeBody(bare) || IsBodyToBody(bare))
        {
            return false;
        }

        // 建设县游客集散中心 is a task: a name does not start with what is to be done. 建设工程 (a construction project) is
        // a noun, the field a body oversees (建设工程质量安全监督站, 建设工程消防审验股).
        // 建立县政府: an action before a place's body, however short.
        // 深化改革办公室, 优化营商环境办公室, 推进长江经济带发展领导小组办公室: an office named for the work it drives is a
        // body; only where no place's level follows the action (建设县…办公室 is a task).
        if ((bare.Length >= 6 || ActionWords.Any(w => bare.Length > w.Length && bare.StartsWith(w, StringComparison.Ordinal) && LevelPrefixes.IndexOf(bare[w.Length]) >= 0))
            && ActionWords.FirstOrDefault(w => bare.StartsWith(w, StringComparison.Ordinal)) is { } action && !NounsLikeActions.Any(w => bare.StartsWith(w, StringComparison.Ordinal))
            // 建设与管理司, 规划和建设局: two fields a department is named for, joined.
            && bare[action.Length] is not ('与' or '和')
            && !(OfficesNamedForWork.Any(e => bare.EndsWith(e, StringComparison.Ordinal)) && WorkOfficesAreNamedFor.Contains(action)
                && LevelPrefixes.IndexOf(bare[action.Length]) < 0 && bare[action.Length] != '各'))
        {
            return false;
        }

        // 加强家校 (加强家校配合): an action and its object, short as it is, unless it ends as an office or a bank does
        // (建设管理处, 统筹办, 建设银行).
        if (bare.Length <= 5 && ActionWords.FirstOrDefault(w => bare.StartsWith(w, StringComparison.Ordinal)) is { } shortAction
            && bare.Length - shortAction.Length is >= 1 and <= 3 && !ShortOfficeEndings.Any(e => bare.EndsWith(e, StringComparison.Ordinal))
            && !NounsLikeActions.Any(w => bare.StartsWith(w, StringComparison.Ordinal)))
        {
            return false;
        }

        // 建成后移交县城市管理局: the body a thing is handed to, with the words before it, is no name.
        if (bare.Length > 3 && HandingWords.Any(w => bare.IndexOf(w, 1, StringComparison.Ordinal) is var k and > 0 && k + w.Length < bare.Length
            && (LevelPrefixes.IndexOf(bare[k + w.Length]) >= 0 || bare[k + w.Length] == '各')))
        {
            return false;
        }

        // 县一中, 长沙市十一中, 区二小: a place's numbered school, called as its people call it.
        if (NumberedSchool(bare))
        {
            return true;
        }

        // 日间照顾中心三处, 卫生院5所: a count of places, not a body. 教育二组, 经济一组 (a CPPCC's sector groups) and
        // 规划一科, 审批二股 (a bureau's sections), 监管一司 (a ministry's), 刑事审判第一庭 (a court's) are numbered bodies:
        // nobody counts in groups or sections.
        if (bare.Length > 3 && (ChineseText.IsNumeral(bare[bare.Length - 2]) || char.IsDigit(bare[bare.Length - 2])) && bare[bare.Length - 2] != '〇'
            && !("组科股室司庭".IndexOf(bare[bare.Length - 1]) >= 0 && ChineseText.IsNumeral(bare[bare.Length - 2])))
        {
            return false;
        }

        // 安全教育课, 法治教育课: a lesson; 教育课 (a Taiwanese office's section) is short.
        if (bare.EndsWith("教育课", StringComparison.Ordinal) && bare.Length > 4)
        {
            return false;
        }

        // 乡村振兴办: 振兴 and its office, not 兴办 (to set up); 镇督查办: the inspection office, not 查办 (to investigate); 财金信用处,
        // 自然资源开发利用处, 科技成果应用处: the credit, land-use or application division, not 用处 (a use); 疾控股: a
        // health bureau's disease-control section, not 控股 (a holding); 急诊医学科, 重症医学科: a hospital's departments,
        // not a discipline (学科).
        return (Endings.Any(e => bare.EndsWith(e, StringComparison.Ordinal)) || IsSectorDepartment(bare) || IsNamedVillage(bare))
            && (!NotBodies.Any(w => bare.EndsWith(w, StringComparison.Ordinal)) || OfficesDespiteTheirEnd.Any(w => bare.EndsWith(w, StringComparison.Ordinal))
                || (bare.Length >= 3 && UseDivisions.Any(w => bare.EndsWith(w, StringComparison.Ordinal)))
                || (bare.EndsWith("医学科", StringComparison.Ordinal) && bare.Length >= 4))
            && !IsGenericNoun(bare);
    }

    private static readonly string[] UseDivisions = { "信用处", "利用处", "应用处" };

    // 非税收入股: a tax bureau's revenue section, not 入股 (to buy a share).
    private static readonly string[] OfficesDespiteTheirEnd = { "振兴办", "督查办", "疾控股", "收入股" };

    // 市“无废城市”建设工作领导小组: a name may quote the campaign its body runs, inside it; a quote that opens or closes
    // the words, or is left open, is a sentence's.
    private static string WithoutQuotedWords(string folded)
    {
        var open = folded.IndexOf('“');
        var close = open > 0 ? folded.IndexOf('”', open + 1) : -1;
        if (open <= 0 || close < 0 || close == folded.Length - 1 || close - open > 12 || folded.IndexOfAny(new[] { '“', '”' }, close + 1) >= 0)
        {
            return folded;
        }

        return folded.Substring(0, open) + folded.Substring(open + 1, close - open - 1) + folded.Substring(close + 1);
    }

    // 县一中: a city's, county's or district's level, one to three numerals, 中 or 小; not 第一中 (a rank) or a count.
    private static bool NumberedSchool(string bare)
    {
        var end = bare.Length - 1;
        if (bare.Length is < 3 or > 12 || bare[end] is not ('中' or '小'))
        {
            return false;
        }

        var at = end;
        while (at > 0 && "一二三四五六七八九十".IndexOf(bare[at - 1]) >= 0 && end - at < 3)
        {
            at--;
        }

        return at < end && at > 0 && "市县区旗州".IndexOf(bare[at - 1]) >= 0 && !bare.Substring(0, at - 1).Contains('第');
    }

    /// <summary>
    /// A post and a person's name (分管副市长王文科, 市政府副秘书长李某某, 局长张三, 杨志武副市长): a person, whatever the
    /// name's last character (科, 军, 华 …), never a body. 湖南省长沙市 is a place and 主任办公室 a body: a person's name does not
    /// end in 市 or 室.
    /// </summary>
    public static bool IsPerson(string bare)
    {
        // 杨志武副市长, 张三局长: a name of two or three characters before the post.
        foreach (var post in Posts)
        {
            if (bare.EndsWith(post, StringComparison.Ordinal))
            {
                var name = bare.Substring(0, bare.Length - post.Length);
                name = name.EndsWith("副", StringComparison.Ordinal) || name.EndsWith("常务副", StringComparison.Ordinal) ? name.Substring(0, name.LastIndexOf("副", StringComparison.Ordinal)).Replace("常务", string.Empty) : name;
                if (name.Length is >= 2 and <= 3 && name.All(c => c >= '\u4E00' && c <= '\u9FFF') && LevelPrefixes.IndexOf(name[0]) < 0 && PlaceEndings.IndexOf(name[name.Length - 1]) < 0)
                {
                    return true;
                }
            }
        }

        foreach (var post in Posts)
        {
            for (var at = bare.IndexOf(post, StringComparison.Ordinal); at >= 0; at = bare.IndexOf(post, at + 1, StringComparison.Ordinal))
            {
                var tail = bare.Length - at - post.Length;
                if (tail is >= 2 and <= 3 && PlaceEndings.IndexOf(bare[bare.Length - 1]) < 0
                    && bare.Substring(at + post.Length).All(c => c >= '\u4E00' && c <= '\u9FFF'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A government or a party committee (<c>市政府</c>, <c>县人民政府</c>, <c>县区政府</c>, <c>市委</c>): its officials lead the
    /// work of every department, so an official of it names no department that does the work.
    /// </summary>
    public static bool IsGovernment(string name)
    {
        var folded = ChineseText.Fold(name).Trim();
        return folded.EndsWith("政府", StringComparison.Ordinal) || folded.EndsWith("党委", StringComparison.Ordinal)
            || (folded.Length == 2 && folded[1] == '委' && LevelPrefixes.IndexOf(folded[0]) >= 0);
    }

    /// <summary>
    /// 发改委, 财政局, 林技中心, 办公室: an office's name without its level, short and ending as offices do; a body only
    /// where the words around it give it work (财政局：负责…), as a county's own plan names its bureaus.
    /// </summary>
    public static bool IsOfficeWithoutLevel(string name)
    {
        var folded = ChineseText.Fold(name);
        return folded.Length is >= 2 and <= 8 && folded.All(ChineseText.IsHan) && IsOrganisation(name)
            && OfficeEndings.Any(e => folded.EndsWith(e, StringComparison.Ordinal));
    }

    private static readonly string[] OfficeEndings = { "局", "委", "办", "中心", "办公室", "队", "站", "所" };

    /// <summary>
    /// The body whose official a name is (<c>市安监局1名县级领导</c>, <c>市经贸委分管领导</c>): the body's name, or null where
    /// the name is not a body's followed by one of its people, or the body is a government (<c>县政府分管副县长</c>).
    /// </summary>
    public static string? BodyOfOfficial(string name)
    {
        var folded = ChineseText.Fold(name).Trim();
        for (var k = folded.Length - 2; k >= 3; k--)
        {
            if (OfficialOfBody.IsMatch(folded.Substring(k)) && IsOrganisation(folded.Substring(0, k)) && !IsGroup(folded.Substring(0, k)) && !IsGovernment(folded.Substring(0, k)))
            {
                return name.Trim().Substring(0, k);
            }
        }

        return null;
    }

    // 1名县级领导, 一名分管领导, 主要负责同志, 副局长: someone of the body, counted or by post.
    private static readonly System.Text.RegularExpressions.Regex OfficialOfBody = new(
        "^(?:[0-9一二两三四五六七八九十]+名)?(?:[省市县区乡镇处科厅局]级)?(?:主要|分管|有关|相关|常务)?(?:领导(?:同志|干部)?|负责同志|负责人|(?:副)?(?:"
        + "局长|厅长|处长|科长|主任|书记|县长|市长|区长|镇长|乡长|部长|院长|所长|站长|队长|主席|经理))$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Posts a person is named with in a plan (分管副市长, 副秘书长, 局长, 主任 …).
    private static readonly string[] Posts =
    {
        "市长", "县长", "区长", "州长", "省长", "镇长", "乡长", "旗长", "局长", "厅长", "部长", "处长", "科长", "股长", "院长", "校长", "所长",
        "站长", "队长", "组长", "馆长", "行长", "社长", "秘书长", "董事长", "主任", "书记", "主席", "委员", "经理", "总监", "总师",
        "常委", "专员", "调研员",
    };

    /// <summary>
    /// True where the words are a person by post and name (常务副县长卞某, 县委常委 罗某): an official over the work, no body.
    /// </summary>
    public static bool IsOfficial(string folded)
    {
        var words = folded.Trim();
        for (var end = words.Length - 1; end >= words.Length - 4 && end >= 2; end--)
        {
            var post = words.Substring(0, end).TrimEnd(' ', '　');
            // 县委常委、副县长张伟: one person by two posts, joined as a list joins names.
            if (post.Split('、').All(IsPost) && words.Substring(end).Trim().All(ChineseText.IsHan))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True where the words name a post (区委常委, 组织部部长, 副区长): what a person is named with.</summary>
    public static bool IsPost(string folded) => folded.Length <= 10 && folded.All(ChineseText.IsHan) && Posts.Any(p => folded.EndsWith(p, StringComparison.Ordinal));

    // What a place or a body ends with, and a person's given name does not (主任办公室, 省长沙市, 中国银行长沙分行,
    // 水利部长江委).
    private const string PlaceEndings = "市县区省州盟旗镇乡村室会办处局厅署院部组所站队司社行委府厂校馆台";

    // 市人社局督促各县区, 市林业局统筹各县区, 县审计局对县财政局, 区委区政府要求区城改办: one body acting on others
    // (城乡统筹办, 项目协调办公室, 市委对台工作办公室 are bodies).
    private static readonly System.Text.RegularExpressions.Regex DirectsOthers = new(
        "(?:督促|统筹|协调|指导|带领|推动|组织|要求|责成)(?:各|省|市|县|区|乡|镇)|[局委办厅署院所站队心部]对(?:各|省|市|县|区|乡|镇)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] PrepositionWords = { "根据", "按照", "依据", "依照", "对照", "针对", "通过", "关于", "围绕", "结合", "报请", "提请", "经过", "利用" };

    // 依托交通运输部科学研究院提供技术支撑: what the work rests on, whatever body's name follows; no name opens with it.
    internal static readonly string[] RestsOnWords = { "依托", "依靠", "借助" };

    private static readonly string[] Conjunctions =
    {
        "虽然", "尽管", "如果", "假如", "如需", "若需", "即使", "只要", "因为", "由于", "但是", "可是", "而且", "并且", "然而", "否则",
    };

    private static readonly string[] DoingWords = { "召集", "带队", "率队", "主持", "召开", "研究决定", "审议", "主要领导", "分管领导" };

    /// <summary>
    /// 各责任单位, 各牵头单位, 各配合部门: every body the plan's labels name, said back to them all (请各责任单位于5月10日前
    /// 报送…). A group a field may list, never one task's lead read from its words.
    /// </summary>
    public static bool NamesTheListedUnits(string name)
    {
        var folded = ChineseText.Fold(name).Trim();
        return folded.Length > 3 && folded[0] == '各' && RoleWords.Label(folded.Substring(1)) is Role.Lead or Role.Accountable or Role.Support;
    }

    // 各项目牵头单位, 各主要经济指标牵头单位, 各专项任务责任单位: the bodies each given a part elsewhere in the plan, a group.
    private static bool IsGroupByRole(string folded)
        => folded.Length >= 7 && folded.StartsWith("各", StringComparison.Ordinal) && !folded.Any(c => "：:、，,。；;（）()".IndexOf(c) >= 0)
            && new[] { "牵头单位", "责任单位", "牵头部门", "责任部门", "牵头处室", "责任处室", "实施单位", "业主单位", "建设单位", "承办单位", "主管单位", "主管部门" }.Any(e => folded.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// A district's, county's or city's own name (越秀区, 从化市, 桐庐县): in a field of units, its government. Not a kind
    /// of area (示范区, 辖区, 城区, 开发区), which names no one, nor a level alone (市区, 县市).
    /// </summary>
    public static bool IsPlace(string name)
    {
        var bare = ChineseText.Fold(name).Trim();
        if (bare.Length is < 3 or > 5 || "区县市旗".IndexOf(bare[bare.Length - 1]) < 0 || !bare.All(c => c >= '\u4E00' && c <= '\u9FFF'))
        {
            return false;
        }

        var stem = bare.Substring(0, bare.Length - 1);
        return LevelPrefixes.IndexOf(stem[0]) < 0 && "各有相本全该辖城片社景园新老山林牧灾矿郊校厂街湖库学小其他我两多上下东西南北中".IndexOf(stem[0]) < 0
            && !AreaWords.Any(w => stem.EndsWith(w, StringComparison.Ordinal)) && ActionAt(stem, 0) == 0;
    }

    // 向, 与, 报: before a level's body (向省财政厅), the body is the one reported or submitted to, or worked with.
    private const string Prepositions = "向与同对报跟给";

    // Words of dealing with another body: 对接省财政厅, 市财政局汇报, 报市财政局审核.
    private static readonly string[] DealingWords = { "对接", "协调", "汇报", "联系", "衔接", "沟通", "争取", "请示", "报告", "报送", "审核", "审批", "备案", "配合", "协助" };

    private static bool PrepositionBeforeBody(string bare)
        => bare.Length >= 4 && Prepositions.IndexOf(bare[0]) >= 0 && LevelPrefixes.IndexOf(bare[1]) >= 0;

    /// <summary>
    /// True where <paramref name="folded"/> is no name but words that deal with a body (向省财政厅, 积极对接省财政厅,
    /// 市财政局汇报, 报市财政局审核): a list one of whose names is such words names the bodies the work is reported to or
    /// done with, none of whom is given it.
    /// </summary>
    public static bool IsDealingWithBody(string folded)
    {
        var text = folded.Trim();
        if (PrepositionBeforeBody(text))
        {
            return true;
        }

        if (text.Length < 4 || IsOrganisation(text))
        {
            return false;
        }

        // Every cut is tried, so the test for each is kept to what the cut can change: a name is at most
        // MaxOrganisationLength long, and which prefix or suffix is all Han is known from the first and last other
        // character (a list of thousands of names read as one must cost no more than its length).
        var firstOther = 0;
        while (firstOther < text.Length && ChineseText.IsHan(text[firstOther]))
        {
            firstOther++;
        }

        var lastOther = text.Length - 1;
        while (lastOther >= 0 && ChineseText.IsHan(text[lastOther]))
        {
            lastOther--;
        }

        for (var k = 1; k < text.Length - 1; k++)
        {
            // …对接省财政厅: words of dealing, or a preposition, before a level's body.
            if (LevelPrefixes.IndexOf(text[k]) >= 0 && k <= firstOther && text.Length - k <= MaxOrganisationLength)
            {
                var before = text.Substring(0, k);
                if (IsOrganisation(text.Substring(k))
                    && (Prepositions.IndexOf(before[before.Length - 1]) >= 0 || DealingWords.Any(before.Contains) || ActionWords.Any(before.Contains)))
                {
                    return true;
                }
            }

            // 市财政局汇报…: a body, then words of dealing.
            if (k > lastOther && k <= MaxOrganisationLength && DealingWords.Any(w => string.CompareOrdinal(text, k, w, 0, w.Length) == 0)
                && IsOrganisation(text.Substring(0, k)))
            {
                return true;
            }
        }

        return false;
    }

    // What a kind of area is called (保护区, 示范区, 功能区): words, not a place's name.
    private static readonly string[] AreaWords =
    {
        "保护", "试验", "示范", "功能", "开发", "自贸", "先行", "集聚", "聚集", "核心", "实验", "风景", "旅游", "工业", "产业", "商业", "生活", "住宅",
        "居住", "重点", "贫困", "边境", "民族", "经济", "高新", "主城", "中心城", "农村", "乡村", "城乡", "连片", "特困", "受灾", "行政", "管理", "管辖", "服务",
        "周边", "毗邻", "相邻", "沿海", "沿江", "沿边", "偏远", "级", "试点", "改革", "合作", "物流", "保税", "综合", "创新", "生态", "湿地", "水源", "牧",
        "起步", "棚改", "拓展", "启动", "先导", "引领", "辐射", "建成", "规划", "控制", "安置", "拆迁", "旧改", "城改", "农垦", "示范", "发展", "新建",
        "林", "矿", "垦", "园", "景", "社", "片", "辖", "校", "厂", "街", "库", "湖", "山", "地",
    };

    // 行政部门, 主管部门, 有关方面: what a sentence calls a kind of body, not a body it names. A room or a facility on
    // its own (实验室, 会议室) is a place: as a name it always says whose (重点实验室 of someone, 实验室与设备管理处).
    private static bool IsGenericNoun(string bare)
        => bare.EndsWith("行政部门", StringComparison.Ordinal) || bare.EndsWith("主管部门", StringComparison.Ordinal)
            || IsKindOfGovernment(bare)
            || bare is "政府" or "部门" or "单位" or "机关" or "社会" or "工厂" or "电厂" or "水厂"
            || bare is "实验室" or "会议室" or "档案室" or "阅览室" or "活动室" or "图书室" or "值班室" or "资料室";

    // 县级以上地方人民政府, 地方各级人民政府, 试点城市政府: every government of a kind, not one the document names (市地方金融管理局 and
    // 地方金融监管局, a province's bureau named short, are one).
    private static bool IsKindOfGovernment(string bare)
        => (bare.StartsWith("地方", StringComparison.Ordinal) && (bare.EndsWith("政府", StringComparison.Ordinal) || bare.EndsWith("部门", StringComparison.Ordinal) || bare.EndsWith("党委", StringComparison.Ordinal) || bare.Contains("各级")))
            || bare.Contains("级以上") || bare.Contains("级及以上") || bare.Contains("级以下")
            || (new[] { "属地", "当地", "所在地", "所在", "本地", "同级", "上级", "下级", "相应", "试点" }.Any(w => bare.StartsWith(w, StringComparison.Ordinal))
                && (bare.EndsWith("政府", StringComparison.Ordinal) || bare.EndsWith("部门", StringComparison.Ordinal) || bare.EndsWith("党委", StringComparison.Ordinal)));

    // 要加强, 应当建立, 须做好: an instruction, never inside a name (应急管理局 has 应, but no action word after it).
    private static readonly string[] Modals = { "应当", "必须", "要", "应", "须", "需", "将" };

    /// <summary>The length of the modal verb (要, 应当, 须 …) at <paramref name="index"/>, or 0.</summary>
    public static int ModalAt(string folded, int index)
        => index >= folded.Length || "应必要须需将".IndexOf(folded[index]) < 0 || NotModals.Any(w => string.CompareOrdinal(folded, index, w, 0, w.Length) == 0) ? 0
            : Modals.FirstOrDefault(m => string.CompareOrdinal(folded, index, m, 0, m.Length) == 0)?.Length ?? 0;

    /// <summary>The length of a modal verb and the adverb after it (要切实, 应积极, 须) at <paramref name="index"/>, or 0.</summary>
    public static int ModalWithAdverbAt(string folded, int index)
    {
        var modal = ModalAt(folded, index);
        return modal == 0 ? 0 : modal + (ModalAdverbs.FirstOrDefault(a => string.CompareOrdinal(folded, index + modal, a, 0, a.Length) == 0)?.Length ?? 0);
    }

    private static readonly string[] ModalAdverbs = { "切实", "积极", "主动", "认真", "全力", "继续", "进一步", "全面", "充分", "严格" };

    // Words that start with a modal's character and are no modal: 市政府应急办 is a body, 县政府要闻 its news, 需求 a need,
    // 要不要 a question.
    private static readonly string[] NotModals =
    {
        "应急", "应对", "应收", "应付", "应用", "应届", "应征", "应聘", "应税", "应缴", "应纳", "应试", "应变", "应诉", "应考", "应答", "应邀",
        "需方", "供需",
        "要闻", "要素", "要事", "要情", "要点", "要害", "要件", "要案", "要道", "要地", "要务", "要塞", "要员", "要求", "要不要", "要么",
        "需求", "须知", "将军", "将来", "将士", "将领",
    };

    /// <summary>The length of the action word (建设, 制定, 编制 …) at <paramref name="index"/>, or 0.</summary>
    public static int ActionAt(string folded, int index) => ActionWords.FirstOrDefault(w => string.CompareOrdinal(folded, index, w, 0, w.Length) == 0)?.Length ?? 0;

    private static bool HasModalVerb(string bare)
    {
        for (var i = 1; i < bare.Length - 2; i++)
        {
            var modal = ModalAt(bare, i);
            if (modal > 0 && ActionAt(bare, i + modal) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (RoleWords.IsVerbAt(text, at, word))
            {
                return true;
            }
        }

        return false;
    }

    public static string WithoutParentheses(string name)
    {
        var builder = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in name)
        {
            // 各镇〔街道〕 prints its parenthesis in the brackets of document numbers.
            if (ChineseText.IsOpenParen(c) || c is '〔' or '［' or '[')
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(c) || c is '〕' or '］' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
