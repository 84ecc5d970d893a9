using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using Xunit;

namespace WorkPlanDsl.Tests.Import.Documents;

public class HtmlReaderTests
{
    private const string GovernmentPage = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>关于印发重点工作任务的通知_某某市人民政府</title>
        <style>.x { color: red }</style><script>var a = "一、不是正文";</script></head>
        <body>
          <div class="header"><a href="/">首页</a><a href="/zwgk">政务公开</a></div>
          <nav><ul><li>机构概况</li><li>政策文件</li></ul></nav>
          <div class="position">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
          <h1>某某市2024年卫生健康重点工作任务</h1>
          <div class="info">发布时间：2024-04-01</div>
          <div class="TRS_Editor" id="zoom">
            <p>一、总体要求</p>
            <p>（一）加强组织领导。各单位要提高认识，<br>确保各项任务落实到位。（办公室牵头，各科室配合）</p>
            <p>（二）完善工作
            机制。定期调度。</p>
            <h2>二、重点任务</h2>
            <ul><li>（三）推进分级诊疗。</li><li>（四）提升基层能力。</li></ul>
            <table border="1">
              <tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
              <tr><td colspan="5">一、医疗服务</td></tr>
              <tr><td>1</td><td rowspan="2">推进分级诊疗</td><td rowspan="2">医政科</td><td>规划科</td><td>6月底前</td></tr>
              <tr><td>2</td><td><p>财务科</p><p>各县市区卫生健康局</p></td><td>年底前</td></tr>
            </table>
          </div>
          <div class="share">分享到：微信 微博</div>
          <div>【打印本页】【关闭窗口】</div>
          <footer>主办单位：某某市人民政府办公室 ICP备12345678号</footer>
          <form><input name="q"><button>搜索</button></form>
        </body></html>
        """;

    [Fact]
    public void A_government_page_gives_its_main_content_with_the_title_and_without_the_chrome()
    {
        var document = Read("page.html", Encoding.UTF8.GetBytes(GovernmentPage));
        var paragraphs = document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.Equal(
            new[]
            {
                "某某市2024年卫生健康重点工作任务", "一、总体要求", "（一）加强组织领导。各单位要提高认识，", "确保各项任务落实到位。（办公室牵头，各科室配合）",
                "（二）完善工作机制。定期调度。", "二、重点任务", "（三）推进分级诊疗。", "（四）提升基层能力。",
            },
            paragraphs);
        Assert.Contains(document.Notes, n => n.Message.Contains("main content (<div id=\"zoom\" class=\"TRS_Editor\">)"));
        var all = string.Join("\n", document.Blocks.Select(Text));
        foreach (var chrome in new[] { "首页", "机构概况", "当前位置", "分享到", "打印本页", "ICP备", "搜索", "不是正文", "color" })
        {
            Assert.DoesNotContain(chrome, all);
        }
    }

    private const string DistrictPage = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
        <title>某某区人民政府办公室关于印发某某区2023年重点工作任务分工方案的通知_区政府文件_某某区人民政府</title>
        <link href="/css/style.css" rel="stylesheet" type="text/css" />
        <script type="text/javascript" src="/js/jquery.js"></script>
        </head>
        <body>
        <div class="top"><div class="logo"><img src="logo.png"></div><div class="topnav"><a href="#">无障碍</a> | <a href="#">长者模式</a></div></div>
        <div id="menu"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/bsfw">办事服务</a></li></ul></div>
        <table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
          <tr><td class="dqwz">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 区政府文件</td></tr>
          <tr><td>
            <table width="100%" class="xxgk_table"><tr><td>索引号：</td><td>11330302002649384X/2023-00012</td><td>发布机构：</td><td>区政府办公室</td></tr>
            <tr><td>生成日期：</td><td>2023-03-15</td><td>公开方式：</td><td>主动公开</td></tr></table>
            <div class="con_title"><h1>某某区人民政府办公室关于印发某某区2023年重点工作任务分工方案的通知</h1></div>
            <div class="con_info">发布时间：2023-03-15 来源：区政府办公室 浏览次数：<span id="hits">1234</span> 字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></div>
            <div id="zoom" class="TRS_Editor">
              <p style="text-indent:2em">各街道办事处，区政府各部门：</p>
              <p style="text-indent:2em">现将《某某区2023年重点工作任务分工方案》印发给你们，请认真贯彻执行。</p>
              <p align="right">某某区人民政府办公室<br />2023年3月10日</p>
              <p align="center"><strong>某某区2023年重点工作任务分工方案</strong></p>
              <p style="text-indent:2em"><strong>一、着力稳定经济增长</strong></p>
              <p style="text-indent:2em">（一）扩大有效投资。全年实施重点项目120个，完成投资150亿元以上。（牵头单位：区发改局；配合单位：区财政局、区住建局，各街道）</p>
              <p style="text-indent:2em">（二）促进消费升级。&nbsp;开展促消费活动20场以上。<br />（责任单位：区商务局）</p>
              <p style="text-indent:2em"><strong>二、持续改善民生</strong></p>
              <p style="text-indent:2em">（三）办好民生实事。新增托位400个。（区卫健局牵头，区教育局配合）</p>
            </div>
            <div class="fenxiang"><div class="bdsharebuttonbox"><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div></div>
            <div class="print_close">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
            <div class="xgwz"><h3>相关文章</h3><ul><li><a href="#">某某区2022年重点工作任务分工方案</a></li></ul></div>
          </td></tr>
        </table>
        <div class="footer"><p>主办单位：某某区人民政府办公室 地址：某某路1号 ICP备05000000号 网站标识码：3303020001</p></div>
        </body></html>
        """;

    [Fact]
    public void A_district_page_in_GB2312_with_a_layout_table_gives_the_notice_and_the_plan_and_nothing_of_the_site()
    {
        var document = Read("notice.html", CodePages.Gbk.GetBytes(DistrictPage));
        Assert.Equal(
            new[]
            {
                "某某区人民政府办公室关于印发某某区2023年重点工作任务分工方案的通知", "各街道办事处，区政府各部门：",
                "现将《某某区2023年重点工作任务分工方案》印发给你们，请认真贯彻执行。", "某某区人民政府办公室", "2023年3月10日",
                "某某区2023年重点工作任务分工方案", "一、着力稳定经济增长",
                "（一）扩大有效投资。全年实施重点项目120个，完成投资150亿元以上。（牵头单位：区发改局；配合单位：区财政局、区住建局，各街道）",
                "（二）促进消费升级。\u00A0开展促消费活动20场以上。", "（责任单位：区商务局）", "二、持续改善民生", "（三）办好民生实事。新增托位400个。（区卫健局牵头，区教育局配合）",
            },
            document.Blocks.Select(Text));
        Assert.Equal("read the page's main content (<div id=\"zoom\" class=\"TRS_Editor\">); the rest of the page is left out", document.Notes.Single().Message);
    }

    [Fact]
    public void Without_a_content_container_the_site_chrome_is_still_dropped()
    {
        var page = DistrictPage.Replace("<div id=\"zoom\" class=\"TRS_Editor\">", "<div>");
        var all = string.Join("\n", Read("notice.html", CodePages.Gbk.GetBytes(page)).Blocks.Select(Text));
        Assert.Contains("（三）办好民生实事。", all);
        Assert.Contains("某某区人民政府办公室关于印发某某区2023年重点工作任务分工方案的通知", all);
        foreach (var chrome in new[] { "无障碍", "互动交流", "您当前的位置", "微信", "打印本页", "相关文章", "ICP备", "jquery" })
        {
            Assert.DoesNotContain(chrome, all);
        }
    }

    [Fact]
    public void Rowspan_and_colspan_are_carried_to_every_position_they_cover()
    {
        var table = Read("page.html", Encoding.UTF8.GetBytes(GovernmentPage)).Blocks.OfType<TableBlock>().Single();
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(new[] { "序号", "重点任务", "牵头单位", "配合单位", "完成时限" }, table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(Enumerable.Repeat("一、医疗服务", 5), table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(new[] { false, true, true, true, true }, table.Rows[1].Cells.Select(c => c.IsMergedCopy));
        Assert.Equal(new[] { "2", "推进分级诊疗", "医政科", "财务科\n各县市区卫生健康局", "年底前" }, table.Rows[3].Cells.Select(c => c.Text));
        Assert.Equal(new[] { false, true, true, false, false }, table.Rows[3].Cells.Select(c => c.IsMergedCopy));
    }

    [Theory]
    [InlineData("<meta charset=\"gb2312\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">")]
    public void A_page_in_GBK_is_decoded_as_its_meta_charset_says(string meta)
    {
        var html = "<html><head>" + meta + "</head><body><p>一、总体要求</p><p>（一）加强组织领导。（办公室牵头）</p></body></html>";
        var bytes = CodePages.Gbk.GetBytes(html);
        var document = Read("page.htm", bytes);
        Assert.Equal(new[] { "一、总体要求", "（一）加强组织领导。（办公室牵头）" }, document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.DoesNotContain(document.Notes, n => n.Severity == NoteSeverity.Warning);
    }

    [Fact]
    public void A_page_that_lies_about_its_charset_is_read_with_a_warning()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><p>一、总体要求，加强组织领导，确保各项任务落实到位，完善工作机制，推进重点工作。</p></body></html>";
        var document = Read("page.html", CodePages.Gbk.GetBytes(html));
        Assert.Equal("一、总体要求，加强组织领导，确保各项任务落实到位，完善工作机制，推进重点工作。", document.Blocks.OfType<ParagraphBlock>().Single().Text);
        Assert.Contains(document.Notes, n => n.Severity == NoteSeverity.Warning && n.Message.Contains("charset=utf-8") && n.Message.Contains("GB18030"));
    }

    [Fact]
    public void A_layout_table_is_read_as_the_flow_it_holds_and_an_ordered_list_gets_its_numbers()
    {
        var html = """
            <html><body><table><tr><td>
              <table><tr><td>网站导航</td><td>首页</td></tr></table>
              <p>一、总体要求</p><ol><li>建立台账</li><li>定期调度</li></ol>
            </td></tr></table></body></html>
            """;
        var document = Read("layout.html", Encoding.UTF8.GetBytes(html));
        var texts = document.Blocks.Select(Text).ToList();
        Assert.Contains("一、总体要求", texts);
        Assert.Contains("1.建立台账", texts);
        Assert.Contains("2.定期调度", texts);
        Assert.Single(document.Blocks.OfType<TableBlock>());
    }

    [Fact]
    public void A_page_with_no_text_is_empty()
    {
        var read = DocumentReader.Read("blank.html", Encoding.UTF8.GetBytes("<html><head><script>x()</script></head><body><nav>首页</nav></body></html>"));
        Assert.Equal(ReadFailureKind.Empty, read.Failure);
    }

    internal static string Text(DocumentBlock block)
        => block is ParagraphBlock p ? p.Text : string.Join("\n", ((TableBlock)block).Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))));

    private static PlanDocument Read(string name, byte[] bytes) => DocxReaderTests.Read(name, bytes);
}
