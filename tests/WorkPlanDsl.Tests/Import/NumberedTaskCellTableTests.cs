using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Text copied out of a table without a 序号 column whose task cells carry the number (1.配合…), with a time column
/// before the units, columns after them (经费来源), and headings spanning the table between the rows.
/// </summary>
public class NumberedTaskCellTableTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_handling_unit_column_after_a_time_column_gives_each_numbered_row_its_lead()
    {
        var plan = Import(
            "工作项目", "具体内容与实施方法", "办理时间", "办理单位", "经费来源",
            "四、传染病防治",
            "1.配合卫生单位进行传染病防治宣导", "视需要办理", "卫保组", "无",
            "2.健康橱窗海报宣导", "每周办理", "卫保组", "校内预算",
            "3.办理乙型肝炎疫苗注射", "11月底前", "事务组", "学生自付",
            "五、环境卫生",
            "1.开展校园环境消毒", "每月办理", "总务处", "校内预算");
        var tasks = plan.Tasks.ToList();
        Assert.Equal(4, tasks.Count);
        Assert.Equal(new[] { "卫保组" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal("配合卫生单位进行传染病防治宣导", tasks[0].Title);
        Assert.Equal(new[] { "事务组" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal("11月底前", tasks[2].Declared.Due!.Text);
        Assert.Equal(new[] { "总务处" }, plan.Names(tasks[3].InEffect.Leads));
        Assert.Equal(new[] { "传染病防治", "环境卫生" }, plan.Model.Sections.Select(s => s.Title).ToArray());
        Assert.Equal(plan.Model.Sections[1].Id, tasks[3].SectionId);
    }

    [Fact]
    public void The_same_table_in_traditional_characters_with_its_bars_reads_the_same()
    {
        var plan = Import(
            "工作項目 |", "具體內容與實施方法 |", "辦理時間 |", "辦理單位 |", "經費來源 |",
            "四、傳染病防治 |",
            "1.配合衛生單位進行傳染病防治宣導 |", "視需要辦理 |", "衛保組 |", "無 |",
            "2.健康櫥窗海報宣導 |", "每週辦理 |", "衛保組 |", "校內預算 |", "|",
            "3.辦理B型肝炎防治宣導 |", "113/11~12月 |", "衛保組 |", "無 |", "|");
        Assert.Equal(3, plan.Model.Tasks.Count);
        Assert.All(plan.Model.Tasks, t => Assert.Equal(new[] { "衛保組" }, plan.Leads(t.Label!)));
    }

    [Fact]
    public void A_time_cell_before_the_units_is_no_unit_and_a_row_without_names_names_none()
    {
        var plan = Import(
            "工作任务", "完成时间", "责任单位",
            "1.完善应急预案体系", "6月底前", "县应急管理局",
            "2.开展应急演练", "全年", "县应急管理局、县消防救援大队",
            "3.加强宣传教育", "持续推进", "县委宣传部");
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县消防救援大队" }, plan.Supports("2."));
        Assert.Equal(new[] { "县委宣传部" }, plan.Leads("3."));
        Assert.DoesNotContain(plan.Names(plan.Model.Units.Select(u => u.Id)), name => name.Contains("持续推进") || name.Contains("6月底前"));
    }
}
