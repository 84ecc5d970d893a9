using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Task tables printed to PDF and read back with <c>pdftotext -layout</c>, in the shapes hostile98 and hostile101 showed
/// (Evaluation/README.md): a 推进表 whose 序号 is merged down over several rows of measures, a blank line between them;
/// a table without borders whose narrow unit cells wrap over more lines than the task beside them, every cell centred
/// on its row.
/// </summary>
public class LayoutMergedAndCentredRowsTests
{
    private static string Lay(int[] at, params string?[][] lines) => LaidOutText.ByCharacters(at, lines);

    private static readonly string[] Blank = { "", "", "", "", "", "" };

    [Fact]
    public void Rows_of_measures_under_a_merged_number_are_the_tasks_whose_number_is_centred_on_them()
    {
        // Row 4's 序号 stands in the middle of its three rows of measures (the one above it, its own, the one below);
        // before, the first row without a 序号 ended the table and tasks 4 was lost.
        int[] at = { 0, 6, 22, 42, 56, 68 };
        var text = "某县2025年安全生产重点任务推进表\n\n" + Lay(at,
            new[] { "序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限" },
            Blank,
            new[] { "", "", "组织高危行业企业开展培训，", "", "县人社局", "2025年9月底前" },
            new[] { "", "", "考核合格率达到100%。", "", "", "" },
            new[] { "3", "提升企业安全素质", "", "县应急管理局", "", "" },
            new[] { "", "", "推动企业建立健全全员安全", "", "县总工会", "2025年12月底前" },
            new[] { "", "", "生产责任制。", "", "", "" },
            Blank,
            new[] { "", "", "推进危险化学品企业安全风险", "", "县工业和信息化局", "2025年10月底前" },
            new[] { "", "", "智能化管控平台建设。", "", "", "" },
            Blank,
            new[] { "4", "强化危化品监管", "开展危险化学品运输整治。", "县应急管理局", "县公安局", "2025年8月底前" },
            Blank,
            new[] { "", "", "加强加油站安全检查，依法", "", "县商务局", "2025年6月底前" },
            new[] { "", "", "取缔非法加油点。", "", "", "" },
            Blank,
            new[] { "5", "深化道路交通整治", "实施农村公路安全防护工程。", "县交通运输局", "县公安局", "2025年11月底前" });
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "3", "4", "5" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县人社局", "县总工会" }, plan.Supports("3"));
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("4"));
        Assert.Equal(new[] { "县工业和信息化局", "县公安局", "县商务局" }, plan.Supports("4"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("5"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 4's 序号 stands for 3 rows", System.StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_top_aligned_table_the_rows_without_a_number_are_the_row_above_s()
    {
        // Near miss: the 序号 on each row's first line; the measure rows after it are its own, not the next row's.
        int[] at = { 0, 6, 22, 42, 56, 68 };
        var text = "某县2025年安全生产重点任务推进表\n\n" + Lay(at,
            new[] { "序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限" },
            Blank,
            new[] { "1", "提升企业安全素质", "组织高危行业企业开展培训，", "县应急管理局", "县人社局", "2025年9月底前" },
            new[] { "", "", "考核合格率达到100%。", "", "", "" },
            new[] { "", "", "明确企业安全生产职责。", "", "", "" },
            Blank,
            new[] { "", "", "推动企业建立健全全员安全", "", "县总工会", "2025年12月底前" },
            new[] { "", "", "生产责任制。", "", "", "" },
            Blank,
            new[] { "2", "强化危化品监管", "开展危险化学品运输整治，", "县公安局", "县交通运输局", "2025年8月底前" },
            new[] { "", "", "严查非法改装。", "", "", "" },
            new[] { "", "", "加强重点时段巡查。", "", "", "" });
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县人社局", "县总工会" }, plan.Supports("1"));
        Assert.Equal(new[] { "县公安局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Supports("2"));
    }

    [Fact]
    public void Cells_centred_on_their_row_are_read_column_by_column_where_a_unit_cell_wraps_over_more_lines()
    {
        // No blank line between rows: 县水利局牵头，… wraps over six lines, centred on （二）, its task over two; no one
        // cut between （一） and （二） serves both columns, and the lead of （二） went to （一）'s units.
        int[] at = { 0, 6, 28, 40 };
        var text = "某县2025年水利重点任务清单\n\n" + Lay(at,
            new[] { "序号", "任务", "责任单位", "时间" },
            new[] { "", "", "", "" },
            new[] { "", "", "县林业局、", "" },
            new[] { "", "开展森林防火专项整治，完成", "", "" },
            new[] { "（一）", "隐患排查200处，建设防火", "县应急管理", "11月底前" },
            new[] { "", "隔离带30公里。", "", "" },
            new[] { "", "", "局、各乡镇", "" },
            new[] { "", "", "县水利局牵头", "" },
            new[] { "", "", "，县农业农村", "" },
            new[] { "", "推进河道清淤疏浚，全年清", "局、县财政局", "" },
            new[] { "（二）", "理河道40公里。", "、县自然资源", "12月底前" },
            new[] { "", "", "局、县生态环", "" },
            new[] { "", "", "境局配合", "" },
            new[] { "", "加强农村饮水安全保障，水质", "", "" },
            new[] { "（三）", "达标率保持100%。", "县卫生健康局", "长期坚持" });
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "（一）", "（二）", "（三）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县林业局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县农业农村局", "县财政局", "县自然资源局", "县生态环境局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("（三）"));
        Assert.StartsWith("推进河道清淤疏浚", plan.Task("（二）").Title, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_with_a_line_across_the_edges_is_no_row_of_measures_and_names_nobody()
    {
        // review-101 d02: rows of two lines whose cells the other measure reads across the edges; holding the band
        // without a 序号 for a merged row let a later date reject the table, and the aligned-text reader then made a
        // task of each row's second line (`服务质效`, lead `便民热线管理中心`, the end of a name).
        var plan = ImportedModel.From("澄岚市2024年城市更新重点任务分工\n"
            + "\n"
            + "序号    工作任务                          牵头单位                              配合单位\n"
            + "\n"
            + "1     提升12345热线                     市12345政务服务                        市第一人民医院、\n"
            + "      服务质效。                         便民热线管理中心                          市第二人民医院\n"
            + "\n"
            + "2     推进地铁2号线                       市轨道交通2号线                          市自然资源局、\n"
            + "      建设。                           建设指挥部                             澄岚区人民政府\n"
            + "\n"
            + "3     实施G104国道改造。                   市交通运输局                            G104改造项目部\n"
            + "                                                                      12 月底前\n"
            + "\n"
            + "4     完善应急体系。                       市应急管理局 2024年12 月底前                市消防救援支队\n"
            + "");
        Assert.DoesNotContain(plan.Tasks, t => t.Title.StartsWith("服务质效", System.StringComparison.Ordinal) || t.Title.StartsWith("建设", System.StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Tasks, t => plan.Leads(t.Label!).Any(l => l is "便民热线管理中心" or "建设指挥部"));
    }

    [Fact]
    public void Of_two_measures_that_read_a_table_the_one_whose_cells_start_at_its_edges_is_taken()
    {
        // review-101 m09: laid out counting characters; counted two wide, 保障局 (the end of 市人力资源社会保障局 under
        // 配合单位) stood in the lead column and made 市税务局保障局. A page break falls inside row 2's merged rows.
        var plan = ImportedModel.From("澄岚市2024年优化营商环境攻坚行动任务分工表\n"
            + "\n"
            + "序号    重点任务              具体措施                      牵头单位                配合单位                完成时限\n"
            + "\n"
            + "1     优化企业开办            推行企业开办                    市市场监管局              市税务局                3月底前\n"
            + "                        “一网通办”。\n"
            + "\n"
            + "                        推行经营范围                    市市场监管局              市政务服务中心             6月底前\n"
            + "                        规范化登记。\n"
            + "\f                        推进“证照分离”\n"
            + "2     深化商事制度            改革全覆盖，                    市司法局                市市场监管局、             9月底前\n"
            + "      改革                扩大告知承诺                                        各区县政府\n"
            + "                        范围。\n"
            + "\n"
            + "                        开展企业注销                    市税务局                市人力资源社会             12月底前\n"
            + "                        便利化试点。                                        保障局\n"
            + "\n"
            + "3     优化纳税服务            推广电子发票                    市税务局                市财政局                长期坚持\n"
            + "                        应用。\n"
            + "");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.DoesNotContain(plan.Tasks, t => plan.Leads(t.Label!).Any(l => l.Contains("保障局", System.StringComparison.Ordinal)));
        // No row shows how the table sets its 序号 (row 1 is two lines, row 2 starts after the page break): the rows
        // without a 序号 go with the row above, their units unread.
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("how the table sets its 序号 is not known", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "市税务局" }, plan.Leads("3"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("3"));
    }

    [Fact]
    public void In_a_centred_table_the_lines_after_a_page_break_above_a_rows_middle_span_are_the_last_rows()
    {
        // hostile101 04: （二）'s last line and unit print at the top of the next page, above （三）'s centred cells; they
        // were （三）'s, and its lead 县公安局 the document gives to （二）.
        int[] at = { 0, 6, 30, 42 };
        var page = Lay(at, new[] { "序号", "任务", "责任单位", "时间" }, new[] { "", "", "", "" });
        var text = "某县2025年生态环境重点任务清单\n\n" + page + Lay(at,
            new[] { "", "深入开展大气污染治理，完成", "", "" },
            new[] { "（一）", "重点企业改造10家。", "县生态环境局", "12月底前" },
            new[] { "", "", "", "" },
            new[] { "", "严格生态环境执法监管，开展", "县生态环境局、", "长期坚持" },
            new[] { "（二）", "双随机一公开执法", "", "" })
            + "\n\n                 -1-\n\f" + page + Lay(at,
            new[] { "", "检查，依法查处环境违法行为。", "县公安局", "" },
            new[] { "", "", "县委宣传部、县", "" },
            new[] { "", "加强生态环境宣传教育，组织", "", "" },
            new[] { "（三）", "开展环境日主题宣传活动，推", "生态环境局、县", "6月底前" },
            new[] { "", "进环保设施向公众开放。", "", "" },
            new[] { "", "", "教育局", "" });
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "（一）", "（二）", "（三）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县生态环境局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县公安局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "县委宣传部" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "县生态环境局", "县教育局" }, plan.Supports("（三）"));
    }

    [Fact]
    public void A_unit_cells_lines_are_not_parted_inside_a_name()
    {
        // review-102 c24: 市商务 / 局 fitted （3）'s centring as well as （2）'s, and 局市人力资源社会保障局 led row 3.
        var plan = ImportedModel.From("岫川市2024年优化营商环境重点任务分工表\n"
            + "\n"
            + "序号    重点任务            具体措施              牵头单位      配合单位            完成时限\n"
            + "\n"
            + "                                        市商务\n"
            + "                                        局、市\n"
            + "                                        财政局\n"
            + "1     稳定外贸            支持企业参展。           、岫川       各区县政府           全年\n"
            + "                                        海关、\n"
            + "                                        市贸促\n"
            + "                                        会\n"
            + "2     促进消费            举办消费季。            市商务       市市场监管局          6月底前\n"
            + "                                        局\n"
            + "                                        市人力\n"
            + "3     稳定就业            落实稳岗              资源社       市财政局            长期坚持\n"
            + "                      返还政策。             会保障\n"
            + "                                        局\n"
            + "");
        Assert.Equal(new[] { "市商务局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市人力资源社会保障局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_row_of_measures_as_near_the_next_number_as_its_own_names_nobody()
    {
        // review-102 c11: 县乡村振兴局's measure row stands as far from 序号 2 as from 序号 3: which row it is is not known
        // (review-103 n02 had such a row under the 序号 below), so it goes with the row above and its units are not read.
        var plan = ImportedModel.From("临溪县2024年重点工作任务分工表\n"
            + "\n"
            + "序号    工作任务              责任领导        牵头单位            配合单位            完成时限        备注\n"
            + "\n"
            + "      实施县城更新            王建国         县住房城乡           县财政局、                       联系人：\n"
            + "1     行动，改造             （副县长）       建设局             各乡镇             11月底前       李芳\n"
            + "      老旧小区8个。\n"
            + "\n"
            + "                        陈明          县农业农村局          县财政局            12月底前       张伟\n"
            + "2     推进乡村振兴            （副县长）\n"
            + "\n"
            + "                        陈明          县乡村振兴局          各乡镇             10月底前\n"
            + "\n"
            + "3     完善交通路网。           赵强          县交通运输局          县自然资源局          12月底前       刘洋\n"
            + "                                                                                负责调度\n"
            + "\n"
            + "");
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("3"));
        Assert.Contains(plan.Result.Notes, n => n.Severity == WorkPlanDsl.Import.NoteSeverity.Warning && n.Message.Contains("as near row 3's 序号 as row 2's", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_of_measures_above_the_first_number_are_its_own_where_it_stands_in_their_middle()
    {
        // review-102 c01: the first row's first measure row has no 序号; the table was not read after it.
        var plan = ImportedModel.From("岫川市2024年优化营商环境重点任务分工表\n"
            + "\n"
            + "序号    重点任务            具体措施                    牵头单位            配合单位              完成时限\n"
            + "\n"
            + "                      推行经营范围                  市市场监管局          市政务服务中心           6月底前\n"
            + "                      规范化登记。\n"
            + "\n"
            + "                      推进证照分离\n"
            + "1     深化商事制度          改革全覆盖，                  市司法局            市市场监管局、           9月底前\n"
            + "      改革              扩大告知承诺                                  各区县政府\n"
            + "                      范围。\n"
            + "\n"
            + "                      开展企业注销                  市税务局            市人力资源社会           12月底前\n"
            + "                      便利化试点。                                  保障局\n"
            + "\n"
            + "2     优化纳税服务          推广电子发票                  市税务局            市财政局              长期坚持\n"
            + "                      应用。\n"
            + "\n"
            + "3     提升政务服务          推行一网通办                  市政务服务中心         市大数据局             10月底前\n"
            + "                      办事指南标准化。\n"
            + "\n"
            + "");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市市场监管局", "市司法局", "市税务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市税务局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市政务服务中心" }, plan.Leads("3"));
    }

    [Fact]
    public void Names_of_two_rows_under_one_number_are_two_names()
    {
        // review-103 u01: a unit cell's line ending a body named by its place, then a national body's branch
        // (中国移动岫川分公司 / 国网岫川供电公司), or the same name printed again (岫川海关 / 岫川海关、市商务局): two names.
        var plan = ImportedModel.From("岫川市2024年优化营商环境重点任务分工表\n"
            + "\n"
            + "序号    重点任务            具体措施                        牵头单位              配合单位                完成时限\n"
            + "\n"
            + "                      支持企业参展，                                       市商务局、\n"
            + "                      稳定外贸。                       岫川海关              中国银行岫川              全年\n"
            + "                                                                    分行\n"
            + "1     扩大对外开放\n"
            + "                      推进口岸                        岫川海关、市            中国铁塔岫川\n"
            + "                      通关便利化。                      商务局               分公司、各乡镇             9月底前\n"
            + "                                                                    （街道）\n"
            + "\n"
            + "                      推进5G基站                      中国移动岫川            国网岫川供电              12月底前\n"
            + "                      建设。                         分公司               公司\n"
            + "2     完善基础设施\n"
            + "                      推进农村                                          各乡镇（街\n"
            + "                      电网改造。                       国网岫川供电公司          道）、市发展              11月底前\n"
            + "                                                                    改革委\n"
            + "\n"
            + "3     加强宣传            做好政策                        市委宣传部（市           市委网信办、              长期坚持\n"
            + "                      宣传解读。                       新闻出版局）            市广播电视台\n"
            + "\n"
            + "");
        Assert.Equal(new[] { "岫川海关", "市商务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "中国移动岫川分公司", "国网岫川供电公司" }, plan.Leads("2"));
    }

    [Fact]
    public void In_a_centred_table_a_row_without_a_number_after_a_page_break_may_be_the_next_rows()
    {
        // review-103 f08: 推广电子发票应用 (市税务局) opens the next page, 序号 2 centred on it and the rows below; it was
        // read as row 1 run over the page, and 市税务局 led row 1.
        var plan = ImportedModel.From("岫川市2024年优化营商环境重点任务分工表\n"
            + "\n"
            + "序号    重点任务            具体措施                        牵头单位              配合单位                完成时限\n"
            + "\n"
            + "                      推行经营范围规范化登记                 市市场监管局            市政务服务中心             6月底前\n"
            + "1     深化商事制度改革\n"
            + "                      推进证照分离改革全覆盖                 市司法局              各区县政府               9月底前\n"
            + "\n"
            + "\n"
            + "\f序号    重点任务            具体措施                        牵头单位              配合单位                完成时限\n"
            + "\n"
            + "                      推广电子发票应用                    市税务局              市财政局                8月底前\n"
            + "\n"
            + "2     优化纳税服务          推行非接触式办税                    市大数据局             市税务局                9月底前\n"
            + "                      缴费服务\n"
            + "\n"
            + "                      开展纳税信用修复                    市发展改革委            市税务局                11月底前\n"
            + "\n"
            + "3     提升政务服务          推行一网通办                      市政务服务中心           市大数据局               10月底前\n"
            + "\n"
            + "");
        Assert.Equal(new[] { "市市场监管局", "市司法局" }, plan.Leads("1"));
        Assert.Contains("市税务局", plan.Leads("2"));
    }
}
