using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A task table as real <c>pdftotext -layout</c> prints a PDF that a word processor made (hostile93 03, names changed): a
/// header word's wrapped end set a column aside (完成时 / 限), a section row whose count the converter spaced (（5 项）),
/// 序号 a column left or right of the others, rows set at their top with no blank line between them, a task's own spaced
/// words (“治违禁 控药残 促提升”), and a unit cell listing one body a line, one named by its place (某江海关).
/// </summary>
public class LayoutConverterDriftTests
{
    private static readonly string[] SourceRows =
    {
            "序号       工作任务            牵头单位          配合单位     完成时",
            "                                                 限",
            "二、强化源头治理（5 项）",
            " 5 实施农药兽药使用减量行动，推进                              2024 年",
            "                                   市供销合作社联合社",
            "   化肥农药减量增效，加强农资市场     市农业农村局                   12 月底",
            "                                   市市场监督管理局",
            "   监管。                                             前",
            " 6 开展耕地土壤污染防治，推进受污                              2024 年",
            "                       市生态环境局",
            "   染耕地安全利用和严格管控。                   市自然资源和规划局    11 月底",
            "                       市农业农村局",
            "                                                   前",
            "7   加强粮食质量安全监测，做好收购                             2024 年",
            "                                   市发展和改革委员会",
            "    粮食质量安全检测，防止不符合食    市粮食和物资储备局                12 月底",
            "                                   市农业农村局",
            "    品安全标准的粮食流入口粮市场。                                前",
            "  8 深入开展食用农产品“治违禁 控药                            2024 年",
            "                                   市市场监督管理局",
            "    残 促提升”三年行动，严格落实承   市农业农村局                   12 月底",
            "                                   市公安局",
            "    诺达标合格证制度。                                      前",
            "  9 加强进口食品检验检疫和风险预",
            "                                   市商务局         持续推",
            "    警，严防境外动植物疫情疫病传     某江海关",
            "                                   市农业农村局        进",
            "    入。",
            "三、加强全过程监管（9 项）"
    };

    private static readonly string[] LaterPage =
    {
            "序号        工作任务          牵头单位        配合单位       完成时",
            "                                                  限",
            "16   规范食品添加剂和保健食品监管，                           2024 年",
            "                                  市卫生健康委员会",
            "     严厉整治保健食品虚假宣传和违法 市市场监督管理局                  12 月底",
            "                                  市公安局",
            "     营销。                                          前",
            "17   加强餐厨废弃物收运处置和资源化              市生态环境局       持续推",
            "                      市城市管理局",
            "     利用，严防“地沟油”流入餐桌。              市市场监督管理局        进",
            "18   加强食品相关产品质量安全监管，                           2024 年",
            "                                  市工业和信息化局",
            "     开展食品接触材料专项抽检。    /                        12 月底",
            "                                  市市场监督管理局",
            "                                                  前",
            "四、严厉打击违法犯罪（5 项）",
            " 19 深入开展民生领域案件查办“铁                             2024 年",
            "    拳”行动，严查食品安全违法案件   市市场监督管理局    市公安局         12 月底",
            "    并公开曝光典型案例。                                    前",
            " 20 持续开展打击食品安全犯罪专项行                            2024 年",
            "                                  市市场监督管理局",
            "    动，依法从重从快惩处危害食品安   市公安局                     12 月底",
            "                                  市农业农村局",
            "    全犯罪。                                          前",
            " 21 健全食品安全行政执法与刑事司法                            2024 年",
            "                      市公安局        市人民检察院",
            "    衔接机制，完善线索通报、案件移                             9 月底",
            "                      市市场监督管理局    市中级人民法院",
            "    送和联合督办制度。                                     前",
            " 22 开展食品安全领域公益诉讼，探索                            持续推",
            "                      市人民检察院      市市场监督管理局"
    };

    private static readonly string[] PlaceNamedBody =
    {
            "序号        工作任务          牵头单位        配合单位       完成时",
            "                                                  限",
            "14   加强进口冷链食品追溯管理，落实              某江海关",
            "                                               2024 年",
            "     入库查验和信息登记要求。                 市商务局",
            "                      市市场监督管理局                  9 月底",
            "     规范冷藏冷冻库经营备案，督促第",
            "                                  市交通运输局          前",
            "     三方冷库落实查验责任。",
            "15   推进餐饮质量安全提升行动，开展                           2024 年",
            "     旅游景区及周边餐饮食品安全专项 市市场监督管理局     市文化广电和旅游局    10 月底",
            "     检查。                                          前"
    };

    // 责任单位 centred over the gap between 牵头单位 and 配合单位, 序 over 号 around 工作任务 (hostile94 05).
    private static readonly string[] GroupWordOverTheGap =
    {
            "序                                  责任单位            完成时",
            "          工作任务",
            "号                          牵头单位           配合单位      限",
            "一、推动源头减量",
            "  1 推行绿色办公，党政机关和事业单",
            "                                                   6 月底",
            "    位内部办公场所全面停止使用一次      市机关事务管理局         市直各单位",
            "                                                     前",
            "    性杯具。",
            "  2 落实塑料污染治理要求，商场、超",
            "                                        市商务局       持续推",
            "    市、集贸市场禁止使用不可降解塑      市发展和改革委员会",
            "                                      市市场监督管理局      进",
            "    料购物袋。",
            "  3 推进快递包装绿色转型，快递网点                                11 月底",
            "                          市邮政管理局           市商务局",
            "    可循环中转袋使用率达到 95%。                                前",
            "  4 推广净菜上市和“光盘行动”，引",
            "                                                   持续推",
            "    导餐饮企业提供小份菜、半份菜，        市商务局            市文明办",
            "                                                    进",
            "    减少厨余垃圾产生。",
            "二、规范分类投放",
            "  5 新建生活垃圾分类示范小区 50 个，",
            "                                                   10 月底",
            "    推行撤桶并点、定时定点投放，居       各区人民政府     市住房和城乡建设局",
            "                                                      前",
            "    民小区分类覆盖率达到 98%。",
            "  6 督促物业服务企业落实生活垃圾分                                持续推",
            "                         市住房和城乡建设局        各区人民政府",
            "    类投放管理责任人制度。                                     进"
    };

    // A landscape table whose remark runs into the deadline's column on one line of row 11 (hostile94 06).
    private static readonly string[] RemarkAcrossAnEdge =
    {
            "序号   重点任务         具体举措          责任领导       牵头单位        配合单位     完成时限        备注",
            "10          发放夜间消费券，联合商户开展满减促销 上官明远       区商务局                 2025 年 10 区商务局为",
            "                                                      各街道办事处",
            "            活动。                （副区长）      区财政局                   月底前 主牵头",
            "11          举办“某城夜生活节”，串联夜游、夜                                            牵头单位由",
            "            演、夜食、夜购活动。         上官明远                  区文化和旅游局    2025 年 8 区夜间经济",
            "                               （副区长）                   区商务局      月底前 工作专班另",
            "                                                                         行明确",
            "12         引导商场、超市、便利店延长营业时间，   上官明远                                     市场主体自",
            "                                         各街道办事处        区商务局    持续推进",
            "           鼓励发展 24 小时便利店。       （副区长）                                    愿参与",
            "13         优化夜间公交线路，重点街区周边公交末   子书怀安                            2025 年 6",
            "                                         区交通运输局     某城公交集团有限公司",
            "           班车延长至 23 时。          （副区长）                            月底前"
    };

    // Lead cells listing a city body, then a national body's branch broken over lines (hostile94 01).
    private static readonly string[] NationalBranches =
    {
            "       2025 年全市稳外贸稳外资重点工作任务分工",
            "序                                                   完成时",
            "     重点任务       具体措施          牵头单位        配合单位",
            "号                                                    限",
            "1         实施外贸主体培育行动，建",
            "          立重点外贸企业“白名",
            "                                       各县（市、区）人 2025 年",
            "          单”，对年进出口额 5000 万    市商务局",
            "                                          民政府   6 月底前",
            "          元以上企业实行服务专员制",
            "          度。",
            "2         落实出口退税“即报即",
            "          审”，正常出口退税平均办       国家税务总局某                持续推",
            "                                          市商务局",
            "          理时间压缩至 3 个工作日以      州市税务局                  进",
            "          内。",
            "     稳住外贸",
            "3         扩大出口信用保险覆盖面，        市商务局",
            "     经营主体                                           2025 年",
            "          小微外贸企业出口信用保险       中国出口信用保",
            "                                          市财政局      12 月底",
            "          实现应保尽保，保费给予        险公司某州支公",
            "                                                       前",
            "          50%补助。                司",
            "4         加大外贸信贷投放，引导金                 国家金融监督管理",
            "                             中国人民银行某                持续推",
            "          融机构开展出口订单融资、                 总局某州监管分局",
            "                              州市分行                   进",
            "          仓单质押等业务。                       市财政局"
    };

    private static ImportedModel Import(string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_section_row_with_a_spaced_count_is_a_section_and_every_row_is_read()
    {
        var plan = Import(SourceRows);

        Assert.Equal(new[] { "5", "6", "7", "8", "9" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Contains(plan.Model.Sections, s => s.Title.StartsWith("强化源头治理", System.StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Tasks, t => t.Title.Contains("强化源头治理"));
    }

    [Fact]
    public void A_number_a_column_left_of_the_others_is_the_row_s_number()
    {
        // 8 stands a column left of where the task's words start: it was read as the task's first word, and rows 7 and 8
        // one row.
        var plan = Import(SourceRows);

        Assert.Equal(new[] { "市粮食和物资储备局" }, plan.Leads("7"));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("8"));
    }

    [Fact]
    public void A_task_s_own_spaced_words_are_not_pulled_into_the_lead_column()
    {
        var plan = Import(SourceRows);

        Assert.StartsWith("深入开展食用农产品", plan.Task("8").Title);
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("控药"));
    }

    [Fact]
    public void A_header_word_whose_end_wrapped_a_column_aside_still_reads()
    {
        // 完成时 over a 限 printed under 配合单位 (display columns) or a column after 完成时 (characters): the table was text.
        var plan = Import(LaterPage);

        Assert.Equal(new[] { "16", "17", "18", "19", "20", "21", "22" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Leads("16"));
        Assert.Empty(plan.Leads("18"));
    }

    [Fact]
    public void A_row_set_at_its_top_runs_to_the_line_that_ends_its_words()
    {
        var plan = Import(LaterPage);

        Assert.Equal("加强餐厨废弃物收运处置和资源化利用，严防“地沟油”流入餐桌", plan.Task("17").Title);
        Assert.Equal(new[] { "市城市管理局" }, plan.Leads("17"));
        Assert.Equal(new[] { "市生态环境局", "市市场监督管理局" }, plan.Supports("17"));
        Assert.EndsWith("案件移送和联合督办制度", plan.Task("21").Title);
        Assert.StartsWith("开展食品安全领域公益诉讼", plan.Task("22").Title);
        Assert.Equal(new[] { "市人民检察院" }, plan.Leads("22"));
    }

    [Fact]
    public void A_body_named_by_its_place_ends_its_line_of_the_cell()
    {
        var plan = Import(PlaceNamedBody);

        Assert.Equal(new[] { "某江海关", "市商务局", "市交通运输局" }, plan.Supports("14"));
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Leads("14"));
    }

    [Fact]
    public void A_group_word_over_the_gap_between_its_columns_is_no_column_of_its_own()
    {
        var plan = Import(GroupWordOverTheGap);

        Assert.Equal(new[] { "1", "2", "3", "4", "5", "6" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("2"));
        Assert.Equal(new[] { "市商务局", "市市场监督管理局" }, plan.Supports("2"));
    }

    [Fact]
    public void A_line_across_the_edges_inside_a_table_leaves_its_row_without_units_and_the_table_goes_on()
    {
        var plan = Import(RemarkAcrossAnEdge);

        Assert.Equal(new[] { "10", "11", "12", "13" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Empty(plan.Leads("11"));
        Assert.Equal(new[] { "区交通运输局" }, plan.Leads("13"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 11") && n.Message.Contains("units are not read"));
    }

    [Fact]
    public void A_national_body_s_branch_opens_a_name_of_its_own_in_a_unit_cell()
    {
        var plan = Import(NationalBranches);

        Assert.Equal(new[] { "市商务局", "中国出口信用保险公司某州支公司" }, plan.Leads("3"));
        Assert.Equal(new[] { "国家金融监督管理总局某州监管分局", "市财政局" }, plan.Supports("4"));
    }
}
