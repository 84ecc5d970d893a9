using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace WorkPlanDsl.Benchmarks.Inputs;

/// <summary>
/// Synthetic plans of any size that read like the real ones: section and task titles, unit names, clauses, targets
/// and deadlines drawn from the seeds' vocabulary, in the proportions the seeds have.
/// </summary>
public static class SyntheticPlans
{
    private static readonly string[] Units = { "体改科", "人事科", "基药办", "规划信息科", "医政医管科", "中医科", "疾控科", "基层卫生科", "妇幼健康科", "科教科", "财务科", "法监科", "应急办", "卫生信息中心", "老龄健康科", "宣传科", "机关党委", "平安办" };
    private static readonly string[] Groups = { "各县市区卫生健康局", "委机关各科室", "委直属单位", "委机关各有关科室" };
    private static readonly string[] Verbs = { "加快", "深化", "推进", "持续提升", "强化", "完善", "促进", "健全", "全面加强", "扎实推进" };
    private static readonly string[] Topics = { "医联体建设", "“三医”协同发展和治理", "卫生健康信息化建设", "县级医院服务能力", "基层医疗卫生机构服务功能", "公立医院运行机制改革", "医疗质量管理", "中医药服务效能", "疾控体系改革", "重点传染病防控", "人才队伍建设", "生育支持政策体系", "老年健康服务体系", "食品安全保障", "职业病危害监测和治理" };
    private static readonly string[] Sentences = { "以推广三明医改经验为抓手,继续推动各级党委政府主要负责同志亲自抓医改、负总责。", "科学制定县级医院发展规划,积极协调完善相关配套政策。", "推动市全民健康平台二期建设,推进医学影像云平台建设。", "加快推进县域医疗卫生次中心建设,增强中心乡镇卫生院辐射功能。", "建立县域巡回医疗和派驻服务工作机制。" };
    private static readonly string[] Metrics = { "二级以上医院检查结果互认比例", "新增3岁以下婴幼儿托位", "孕产妇死亡率", "家庭医生签约服务覆盖率", "电子健康档案建档率" };

    public static string Plan(int tasks, string name = "Synthetic.Plan")
    {
        var random = new Random(tasks);
        var text = new StringBuilder();
        text.Append("# A synthetic plan of ").Append(tasks.ToString(CultureInfo.InvariantCulture)).Append(" tasks, in the seeds' words\n");
        text.Append("plan ").Append(name).Append(" \"2024年卫生健康重点工作任务及分工方案\"\n  issuer \"市卫生健康委员会\"\n  published 2024-04-01\n  year 2024\n\n");
        foreach (var unit in Units)
        {
            text.Append("unit ").Append(unit).Append('\n');
        }

        foreach (var group in Groups)
        {
            text.Append("group ").Append(group).Append('\n');
        }

        var perSection = Math.Max(1, Math.Min(12, tasks / 8));
        for (var t = 0; t < tasks; t++)
        {
            if (t % perSection == 0)
            {
                var s = t / perSection + 1;
                text.Append("\nsection S").Append(s.ToString(CultureInfo.InvariantCulture)).Append(" \"").Append(Pick(random, Verbs)).Append(Pick(random, Topics)).Append("\"\n  label \"").Append(s.ToString(CultureInfo.InvariantCulture)).Append("、\"\n");
            }

            text.Append("\ntask T").Append((t + 1).ToString(CultureInfo.InvariantCulture)).Append(" \"").Append(Pick(random, Verbs)).Append(Pick(random, Topics)).Append("\"\n");
            text.Append("  label \"(").Append((t + 1).ToString(CultureInfo.InvariantCulture)).Append(")\"\n");
            if (random.Next(12) != 0)
            {
                text.Append("  lead ").Append(string.Join("、", Units.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))).Append('\n');
            }

            text.Append("  support ").Append(string.Join(", ", Units.OrderBy(_ => random.Next()).Take(random.Next(0, 3)).Concat(Groups.Take(random.Next(1, 3))))).Append('\n');
            if (random.Next(4) == 0)
            {
                text.Append("  due \"").Append(random.Next(1, 13).ToString(CultureInfo.InvariantCulture)).Append("月底前\"\n");
            }

            if (random.Next(5) == 0)
            {
                text.Append("  target \"").Append(Pick(random, Metrics)).Append("\" >= ").Append(random.Next(50, 100).ToString(CultureInfo.InvariantCulture)).Append(" %\n");
            }

            text.Append("  | ").Append(Pick(random, Sentences)).Append(Pick(random, Sentences)).Append('\n');
            if (random.Next(6) == 0)
            {
                text.Append("\n  item \"").Append(Pick(random, Verbs)).Append(Pick(random, Topics)).Append("\"\n    label \"一是\"\n    | ").Append(Pick(random, Sentences)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
