using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Reading;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

public class ClauseReaderTests
{
    private static Clause Single(string paragraph, ClauseReader? reader = null)
        => Assert.Single((reader ?? new ClauseReader()).Read(paragraph, ChineseText.Fold(paragraph)));

    [Theory]
    [InlineData("任务。(体改科牵头,人事科、基药办,各县市区卫生健康局按职责分工负责)", "体改科", "人事科|基药办|各县市区卫生健康局")]
    [InlineData("任务。(卫生信息中心、医政医管科牵头,委机关各有关科室,各县市区卫生健康局按职责分工负责)", "卫生信息中心|医政医管科", "委机关各有关科室|各县市区卫生健康局")]
    [InlineData("任务。(委机关各科室,市计生协,委直属单位,各县市区卫生健康局按职责分工负责)", "", "委机关各科室|市计生协|委直属单位|各县市区卫生健康局")]
    [InlineData("任务。(牵头处室:疾控处;配合处室:各相关处室)", "疾控处", "各相关处室")]
    [InlineData("任务。（牵头处室：疾控处；配合处室：健康促进处、医政医管处）", "疾控处", "健康促进处|医政医管处")]
    [InlineData("任务。(责任处室:老龄健康处、老龄办;配合处室:各相关处室)", "老龄健康处|老龄办", "各相关处室")]
    [InlineData("任务。(牵头处室:办公室(对外合作交流处)、医政医管处;配合处室:中医药处、组织人事处)", "办公室(对外合作交流处)|医政医管处", "中医药处|组织人事处")]
    [InlineData("任务。(牵头处室:医政医管处;配合处室:规划信息处等各相关处室)", "医政医管处", "规划信息处|各相关处室")]
    [InlineData("任务。(牵头处室:保健处、工会、团委等各相关处室)", "保健处|工会|团委", "各相关处室")]
    [InlineData("任务。(基层卫生科、规划信息科、中医科牵头,医政医管科、妇幼健康科、疾控科等有关科室,各县市区卫生健康局按职责分工负责)", "基层卫生科|规划信息科|中医科", "医政医管科|妇幼健康科|疾控科|有关科室|各县市区卫生健康局")]
    [InlineData("任务。(中医科牵头,各县市区卫生健康局等按职责分工负责)", "中医科", "各县市区卫生健康局")]
    [InlineData("任务。(牽頭處室:醫政醫管處;配合處室:各相關處室)", "醫政醫管處", "各相關處室")]
    [InlineData("任务。(責任處室:人口家庭處;配合處室:各相關處室)", "人口家庭處", "各相關處室")]
    [InlineData("任務。(體改科牽頭,人事科,各縣市區衛生健康局按職責分工負責)", "體改科", "人事科|各縣市區衛生健康局")]
    [InlineData("任务。（国家发展改革委、财政部负责）", "国家发展改革委", "财政部")]
    [InlineData("任务。（国家发展改革委会同有关部门负责）", "国家发展改革委", "有关部门")]
    [InlineData("任务。（教育部会同有关部门负责）", "教育部", "有关部门")]
    [InlineData("任务。（生态环境部牵头，国家发展改革委、工业和信息化部参与）", "生态环境部", "国家发展改革委|工业和信息化部")]
    [InlineData("任务。（省教育厅牵头，会同省财政厅、省公安厅组织实施）", "省教育厅", "省财政厅|省公安厅")]
    [InlineData("任务。（市商务局牵头，会同市财政局落实）", "市商务局", "市财政局")]
    [InlineData("任务。（牵头单位：县市场监管局、县商务局（双牵头）；配合单位：县农业农村局）", "县市场监管局|县商务局", "县农业农村局")]
    [InlineData("任务。（主攻单位：县投资促进中心、县工信局（联合主攻）；助攻单位：县商务局）", "县投资促进中心|县工信局", "县商务局")]
    [InlineData("任务。（主抓科室：基础教育科、学前教育科（双主抓））", "基础教育科|学前教育科", "")]
    [InlineData("任务。（区发改局牵头，区财政局、区人社局（双组长单位）配合）", "区发改局", "区财政局|区人社局")]
    [InlineData("任务。（牵头：副市长 王志刚，市交通运输局具体负责）", "市交通运输局", "")]
    [InlineData("任务。（市计生协牵头,各县市区卫生健康局、计生协按职责分工负责）", "市计生协", "各县市区卫生健康局|计生协")]
    public void Responsibility_clauses_in_every_printed_form(string paragraph, string leads, string supports)
    {
        var clause = Single(paragraph);
        Assert.Equal(Split(leads), clause.Leads);
        Assert.Equal(Split(supports), clause.Supports);
        Assert.Empty(clause.Unread);
    }

    [Theory]
    [InlineData("任务。（市住房和城乡建设局牵头，市自然资源和规划局、市发展改革委配合，2026年9月底前完成）", "市住房和城乡建设局", "2026年9月底前完成")]
    [InlineData("任务。（市司法局牵头，市公安局配合，年底前）", "市司法局", "年底前")]
    [InlineData("任务。（市司法局牵头，市公安局配合，长期坚持）", "市司法局", "长期坚持")]
    [InlineData("任务。（市司法局牵头，市公安局配合；２０２６年６月底前）", "市司法局", "２０２６年６月底前")]
    public void A_part_of_a_clause_that_only_says_when_is_its_deadline(string paragraph, string lead, string due)
    {
        var clause = Single(paragraph);
        Assert.Equal(lead, Assert.Single(clause.Leads));
        Assert.Equal(due, clause.Due);
        Assert.Empty(clause.Unread);
    }

    [Fact]
    public void A_part_that_is_neither_a_unit_nor_a_deadline_is_still_reported()
    {
        var clause = Single("任务。（市司法局牵头，市公安局配合，2026年9月底前完成并报市政府）");
        Assert.NotEmpty(clause.Unread);
    }

    [Fact]
    public void The_first_listed_rule_once_stated_applies_here_and_after()
    {
        var reader = new ClauseReader();
        var first = Single("任务一。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）", reader);
        Assert.Equal(new[] { "税务总局" }, first.Leads);
        Assert.Equal(new[] { "财政部", "海关总署" }, first.Supports);
        Assert.Empty(first.Unread);

        var later = Single("任务六。（海关总署、商务部等有关部门负责）", reader);
        Assert.Equal(new[] { "海关总署" }, later.Leads);
        Assert.Equal(new[] { "商务部", "有关部门" }, later.Supports);
    }

    [Fact]
    public void A_guiding_role_is_reported_not_guessed()
    {
        var clause = Single("任务。（商务部指导，供销合作总社参与）");
        Assert.Empty(clause.Leads);
        Assert.Equal(new[] { "供销合作总社" }, clause.Supports);
        Assert.Equal(new[] { "商务部指导" }, clause.Unread);
    }

    [Theory]
    [InlineData("对各省（区、市）、县（市、区、旗）给予激励。")]
    [InlineData("企业可直接申报（企业直接向国家发展改革委申报，不需省级发展改革部门转报）。")]
    [InlineData("各级党委政府（主要负责同志亲自抓）医改。")]
    [InlineData("依托（健康教育指导中心）开展。")]
    [InlineData("垃圾焚烧（垃圾焚烧企业依法依规安装自动监测设备与生态环境部门联网）。")]
    [InlineData("没有括号的段落,牵头医院将人员下沉。")]
    [InlineData("括号不配对）体改科牵头（")]
    public void Parentheses_without_a_role_are_not_clauses(string paragraph)
        => Assert.Empty(new ClauseReader().Read(paragraph, ChineseText.Fold(paragraph)));

    [Fact]
    public void A_role_bracket_whose_close_was_lost_at_the_end_is_read_with_a_remark()
    {
        var clause = Single("括号不配对（体改科牵头");
        Assert.Equal(new[] { "体改科" }, clause.Leads);
        Assert.Contains(clause.Remarks, r => r.Contains("is not closed", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Only_parentheses_with_a_role_count_and_the_last_one_is_found_among_several()
    {
        const string paragraph = "三、对促进社会投资的省（区、市），给予支持（企业直接向国家发展改革委申报，不需省级发展改革部门转报）。（国家发展改革委负责）";
        var clause = Single(paragraph);
        Assert.Equal(new[] { "国家发展改革委" }, clause.Leads);
        Assert.Equal(paragraph.Length, clause.End);
    }

    private static string[] Split(string names) => names.Length == 0 ? new string[0] : names.Split('|');
}
