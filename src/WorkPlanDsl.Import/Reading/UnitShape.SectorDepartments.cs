using System;
using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

internal static partial class UnitShape
{
    // The fields a government's departments are named for. A plan that gives a task to 公安部门 or 交通运输部门 names
    // who is accountable as surely as one writing 市公安局: the departments of that field, at the plan's level.
    private static readonly HashSet<string> Sectors = new(StringComparer.Ordinal)
    {
        "公安", "交通运输", "交通", "运输", "民政", "税务", "财政", "教育", "卫生", "卫生健康", "卫健", "卫计", "计生", "疾控", "医疗保障", "医保",
        "人社", "人力资源社会保障", "人力资源和社会保障", "劳动保障", "人事", "住房城乡建设", "住房和城乡建设", "住建", "建设", "规划",
        "自然资源", "国土", "国土资源", "生态环境", "环保", "环境保护", "水利", "水务", "农业", "农业农村", "农牧", "畜牧", "兽医", "渔业",
        "林业", "林草", "林业和草原", "商务", "工商", "市场监管", "质监", "质量技术监督", "食品药品监管", "药监", "统计", "物价", "价格",
        "审计", "文化", "旅游", "文旅", "文化和旅游", "广电", "广播电视", "新闻出版", "体育", "科技", "工信", "工业和信息化", "经信",
        "发展改革", "发改", "发展和改革", "应急管理", "安监", "安全监管", "消防", "司法", "宣传", "组织", "编制", "机构编制", "档案", "气象",
        "海关", "海事", "金融", "退役军人事务", "城管", "城市管理", "综合执法", "殡葬", "住房公积金", "车管", "电力", "通信", "邮政",
        "铁路", "民航", "粮食", "供销", "外事", "侨务", "民族宗教", "宗教", "信访", "网信", "保密", "机关事务", "人防", "地震", "水文",
        "海洋", "烟草", "住房保障", "房管", "不动产登记", "政务服务", "大数据", "统战", "政法", "纪检监察", "监察", "残联", "妇联", "共青团",
    };

    // What may stand between the field and 部门: the field's oversight (殡葬管理部门, 物价监管部门, 交通(车管)部门).
    private static readonly string[] SectorFunctions = { "监督管理", "管理", "监管", "执法" };

    /// <summary>
    /// 公安部门, 交通运输部门, 县级交通运输部门, 住房公积金管理部门: the departments of a field, named by it. A kind of body named
    /// by what it does for everyone (行政部门, 主管部门, 职能部门, 业务部门) is no field and stays generic.
    /// </summary>
    public static bool IsSectorDepartment(string name)
    {
        var bare = WithoutParentheses(ChineseText.Fold(name).Trim());
        if (!bare.EndsWith("部门", StringComparison.Ordinal))
        {
            return false;
        }

        var field = bare.Substring(0, bare.Length - 2);
        if (field.Length > 3 && (field.StartsWith("省级", StringComparison.Ordinal) || field.StartsWith("市级", StringComparison.Ordinal)
            || field.StartsWith("县级", StringComparison.Ordinal) || field.StartsWith("区级", StringComparison.Ordinal)))
        {
            field = field.Substring(2);
        }
        else if (field.Length > 2 && LevelPrefixes.IndexOf(field[0]) >= 0 && !Sectors.Contains(field))
        {
            field = field.Substring(1);
        }

        if (!Sectors.Contains(field))
        {
            field = SectorFunctions.Where(f => field.Length > f.Length && field.EndsWith(f, StringComparison.Ordinal))
                .Select(f => field.Substring(0, field.Length - f.Length)).FirstOrDefault() ?? field;
        }

        return Sectors.Contains(field);
    }
}
