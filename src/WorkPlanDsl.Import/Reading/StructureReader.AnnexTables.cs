using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task table of its own after the numbered list (1.…5., then 附件 / 2024年重点建设项目安排表 / 序号 | 项目名称 | 责任单位):
/// the list keeps its tasks and the table's rows are tasks of a section the table's title names, not more of the
/// list's last task or its section.
/// </summary>
internal sealed partial class StructureReader
{
    // The first title line before such a table, with the line that names the table.
    private readonly Dictionary<int, int> _annexTitles = new();

    private void AnnexTables(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_taskKind == NumberingKind.None)
        {
            return;
        }

        var listed = false;
        for (var i = 0; i < body.Count; i++)
        {
            var (line, numbering) = body[i];
            if (line.Table is null && numbering.Kind == _taskKind)
            {
                listed = true;
                continue;
            }

            if (!listed || line.Table is not null || !IsTableTitle(line, numbering))
            {
                continue;
            }

            var last = i;
            while (last + 1 < body.Count && body[last + 1].Line.Table is null && IsTableTitle(body[last + 1].Line, body[last + 1].Numbering) && last - i < 2)
            {
                last++;
            }

            if (last + 1 < body.Count && body[last + 1].Line.Table is { } table && !_restated.ContainsKey(table) && !_numberedRows.ContainsKey(table) && TableColumns.Find(table.Rows) is not null)
            {
                _annexTitles[i] = last;
                listed = false;
            }

            i = last;
        }
    }

    // 附件, 附件2：, 2024年教育重点建设项目安排表, 任务分工: a short unnumbered line that names a table, not the wrapped
    // end of the last task's words.
    private static readonly System.Text.RegularExpressions.Regex TableTitle = new(
        @"^(?:附件[0-9一二三四五六七八九十]*|.{0,36}(?:表|清单|安排|分工|分解|计划|项目|名单|目录))(?:[（(][^）)]{1,12}[）)])?[：:]?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsTableTitle(SourceLine line, Numbering numbering)
    {
        var text = line.Folded.Trim();
        return numbering.Kind == NumberingKind.None && text.Length is > 0 and <= 40
            && text.TrimEnd('：', ':').IndexOfAny(new[] { '。', '，', ',', '；', ';', '：', ':' }) < 0 && TableTitle.IsMatch(text);
    }

    private void OpenAnnexSection(List<(SourceLine Line, Numbering Numbering)> body, int first, int last)
    {
        CloseHeading();
        _fieldsOfSubHeading = false;
        _scopeStart = 0;
        _section = new ImportedElement(body[last].Line.Number, null, body[last].Line.Text.Trim());
        _plan.Sections.Add(_section);
        _task = null;
        for (var i = first; i < last; i++)
        {
            Text(body[i].Line.Text);
        }
    }
}
