using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A task table printed by <c>pdftotext -layout</c> across a page break: the next page laid out afresh, its header
/// repeated and its columns standing at other characters. The text is shaped after a converted work plan's, names changed.
/// </summary>
public class LayoutTableAcrossPagesTests
{
    [Fact]
    public void The_columns_are_measured_on_the_header_page_only()
    {
        // The first page's edges were measured over the 120 lines after its header, the next page's too, whose columns
        // stand two characters right: they were pulled where no line of the first page starts, and its rows were lost.
        var plan = ImportedModel.From(string.Join("\n",
            "2025 年数字桐川建设工作要点",
            "",
            "",
            "三、重点任务分工",
            "",
            "序号     工作任务         主要内容          牵头单位    配合单位     完成时限",
            "",
            "1    一体化政务大   建成市级一体化政务大数据平      市数据局    市直各部门     2025 年",
            "     数据体系     台，完成 38 个部门政务数据目                     9月",
            "              录编制和挂接。",
            "",
            "2    公共数据授权   制定公共数据授权运营管理办      市数据局    市司法局、市财   2025 年",
            "     运营       法，办法报市人民政府常务会议             政局        6月",
            "              审议。",
            "",
            "",
            "                           第1页",
            "\f                          2025 年数字桐川建设工作要点",
            "",
            "",
            "序号       工作任务             主要内容          牵头单位    配合单位     完成时限",
            "",
            "3    数据要素市场     支持桐川数据交易服务中心开展 市数据局            市发展和改革委   2025 年",
            "     培育         数据产品登记交易，年交易额突                 员会、市金融工   12 月",
            "                破 1 亿元。                        作局",
            "",
            "4    “高效办成一     推出新生儿出生、企业信息变更 市政务服务中          市公安局、市卫   2025 年",
            "     件事”        等重点事项“一件事”集成服务 心               生健康委员会、   10 月",
            "                12 项。                          市医疗保障局、",
            "                                               市人力资源和社",
            "                                               会保障局",
            "",
            "5    政务云资源统     推进各部门非涉密业务系统迁移 市大数据发展          市直各部门     2025 年",
            "     筹          上云，迁移工作由中国电信桐川 中心                        12 月",
            "                分公司提供技术保障。",
            "",
            "7    城市数字化转     建设城市运行管理服务平台，接 市城市管理           市住房和城乡建   2025 年",
            "     型          入燃气、供水、桥梁等城市生命 局、市数据局          设局、市应急管   11 月",
            "                线监测数据。                         理局",
            "",
            "8    数字乡村       推进数字乡村试点，建设县域农 市农业农村局          市商务局、市数   2025 年",
            "                产品电商公共服务中心 3 个。                据局        12 月",
            "",
            "9    数据安全       开展公共数据安全风险评估，评 市数据局            市公安局、市国   2025 年",
            "                估结果通报市委网络安全和信息                 家保密局      11 月",
            "                化委员会办公室。",
            "",
            "12   考核评估       将数字桐川建设纳入市直部门年                           2025 年",
            "                度绩效考核。                                   12 月",
            "",
            "",
            "",
            "                                 第2页",
            "\f2025 年数字桐川建设工作要点",
            ""));

        Assert.Equal(new[] { "1", "2", "3", "4", "5", "7", "8", "9", "12" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市数据局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市直各部门" }, plan.Supports("1"));
        Assert.Equal(new[] { "市数据局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市司法局", "市财政局" }, plan.Supports("2"));
        Assert.Equal(new[] { "市政务服务中心" }, plan.Leads("4"));
        Assert.Equal(new[] { "市公安局", "市卫生健康委员会", "市医疗保障局", "市人力资源和社会保障局" }, plan.Supports("4"));
        Assert.Equal(new[] { "市城市管理局", "市数据局" }, plan.Leads("7"));
        Assert.Equal(new[] { "市住房和城乡建设局", "市应急管理局" }, plan.Supports("7"));
        Assert.Empty(plan.Leads("12"));
    }

    [Fact]
    public void A_number_spaced_off_the_chinese_keeps_the_words_after_it_in_the_task()
    {
        // 新建 5G 基站 1200 个，推进千兆 and 训数字技能人才 3000 人次。 count more characters than their column holds: the
        // Chinese after the number stood in the lead's column (牵头单位：个，推进千兆 市工业和信息化局, 市人力资源和社会保障局人次。).
        var plan = ImportedModel.From(string.Join("\n",
            "2025 年数字桐川建设工作要点",
            "",
            "三、重点任务分工",
            "",
            "序号       工作任务             主要内容          牵头单位    配合单位     完成时限",
            "",
            "6    数字基础设施     新建 5G 基站 1200 个，推进千兆 市工业和信息    市通信发展管理   2025 年",
            "                光网进小区、进园区。             化局      办公室、市住房   12 月",
            "                                               和城乡建设局、",
            "                                               各县（市、区）",
            "                                               人民政府",
            "",
            "10   数字经济核心     培育数字经济核心产业企业，新 市工业和信息          市科学技术局、   2025 年",
            "     产业         增规上数字经济企业 20 家。        化局      市统计局      12 月",
            "",
            "11   数字人才培养     联合桐川职业技术学院开设数据 市人力资源和          市教育局、市数   2025 年",
            "                标注、数据治理专业方向，年培 社会保障局           据局        12 月",
            "                训数字技能人才 3000 人次。",
            "",
            "",
            "                                 第2页",
            ""));

        Assert.Equal(new[] { "6", "10", "11" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市工业和信息化局" }, plan.Leads("6"));
        Assert.Equal(new[] { "市人力资源和社会保障局" }, plan.Leads("11"));
        Assert.Equal(new[] { "市教育局", "市数据局" }, plan.Supports("11"));
        Assert.Contains("年培训数字技能人才3000人次。", plan.Result.Plan);
        Assert.Contains("新建5G基站1200个，推进千兆光网进小区", plan.Result.Plan);
        Assert.Empty(plan.Result.Notes);
    }
}
