using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Reading;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>Task tables that reached us as text copied from web pages, in the shapes real plans take (invented words).</summary>
public class RealPlanTableTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Progress_columns_and_pinyin_in_the_header_leave_a_pipe_table_readable()
    {
        var plan = Import(
            "序號(hào) | 任務(wù)項(xiàng)目 | 責(zé)任單位 | 進(jìn)展比例 |",
            "1 | 為全區(qū)老人免費(fèi)體檢。 | 區(qū)衛(wèi)生健康局 | 20% |",
            "2 | 新增停車位300個。 | 區(qū)交通運輸局 | 完成 |");
        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Single(plan.Leads("2"));
        Assert.StartsWith("區", plan.Leads("2")[0]);
    }

    [Fact]
    public void A_pipe_header_with_a_column_the_table_words_do_not_name_is_still_a_header()
    {
        var plan = Import(
            "序号 | 事项名称 | 事项分类 | 承办 单位 | 承办时间 | 实施计划 |",
            "1 | 某某新区供水工程 | 重大公共建设项目 | 县水利局 | 2020年5月 | 2020年5月完成立项; 2020年9月开工。 |",
            "2 | 某某县养老服务办法 | 重大公共政策 | 县民政局 | 2020年8月 | 2020年8月完成初稿; |",
            "3 | 上年进度表 | 无 | 落实情况 |");
        Assert.Equal(new[] { "县水利局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("2"));
    }

    [Fact]
    public void Names_glued_with_no_separator_in_a_unit_cell_are_cut_where_one_ends_and_the_next_begins()
    {
        Assert.Equal(new[] { "区文旅局", "区委宣传部", "东湖街道", "西山镇" }, CopiedTable.Cut("区文旅局区委宣传部东湖街道西山镇"));
        Assert.Equal(new[] { "文化宣传股", "文化馆" }, CopiedTable.Cut("文化宣传股文化馆"));
        foreach (var whole in new[]
        {
            "区人力资源和社会保障局", "区住房和城乡建设局", "市城乡一体化示范区管委会", "县市场监督管理局", "区发展和改革委员会", "县公安局交通警察大队",
            "市生态环境局高新区分局", "县文化广电和旅游局", "区卫生健康委员会", "市社会保险事业管理中心", "县妇幼保健院", "县教育体育局",
            "区农业农村局", "市自然资源和规划局", "县政府办公室", "区残疾人联合会", "县退役军人事务局", "县医疗保障局", "县供销合作社联合社",
        })
        {
            Assert.Null(CopiedTable.Cut(whole));
        }
    }
}
