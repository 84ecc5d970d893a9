using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Language;
using Xunit;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>Imports a document and binds the result, so tests speak of tasks, leads and supports, not of text.</summary>
internal sealed class ImportedModel
{
    private ImportedModel(ImportResult result, PlanModel model)
    {
        Result = result;
        Model = model;
    }

    public ImportResult Result { get; }

    public PlanModel Model { get; }

    public static ImportedModel Seed(string fileName, string? name = null, int? year = null)
        => From(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, fileName)), fileName, name, year);

    public static ImportedModel From(string text, string documentName = "document.txt", string? name = null, int? year = null)
        => From(text, new ImportOptions(documentName) { PlanName = name, Year = year });

    /// <summary>Reads a file's bytes as the CLI does (its format from its name and content), then imports it.</summary>
    public static ImportedModel FromFile(string name, byte[] bytes)
    {
        var read = WorkPlanDsl.Import.Documents.DocumentReader.Read(name, bytes);
        Assert.True(read.Document is not null, read.Error);
        return From(PlanImporter.Import(read.Document!, new ImportOptions(name)));
    }

    public static ImportedModel From(string text, ImportOptions options)
        => From(PlanImporter.Import(text, options));

    public static ImportedModel From(ImportResult result)
    {
        Assert.True(result.Plan is not null, result.Error);
        var compiled = PlanCompiler.Compile(result.Plan!);
        Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics) + "\n" + result.Plan);
        return new ImportedModel(result, compiled.Model!);
    }

    public IEnumerable<TaskModel> Tasks => Model.Tasks;

    public TaskModel Task(string label) => Model.Tasks.Single(t => t.Label == label);

    /// <summary>The names as printed (full names where the id differs) of a task's leads or supports.</summary>
    public string[] Names(IEnumerable<string> ids) => ids.Select(id => Model.Units.Single(u => u.Id == id) is var u && u.FullName is { } full ? full : id).ToArray();

    public string[] Leads(string label) => Names(Task(label).InEffect.Leads);

    public string[] Supports(string label) => Names(Task(label).InEffect.Supports);

    public string[] TasksWithoutLead => Model.Tasks.Where(t => t.InEffect.Leads.IsEmpty).Select(t => t.Label ?? t.Id).ToArray();

    /// <summary>Every label, title and text of the plan in document order, as one string without separators or 。.</summary>
    public string Words()
    {
        var builder = new StringBuilder();
        void Add(string? label, string title, string text) => builder.Append(label).Append(title).Append(text.Replace("\n", string.Empty));
        builder.Append(Model.Preface.Replace("\n", string.Empty));
        foreach (var task in Model.Tasks.Where(t => t.SectionId is null))
        {
            AddTask(task);
        }

        foreach (var section in Model.Sections)
        {
            Add(section.Label, section.Title, section.Text);
            foreach (var task in Model.Tasks.Where(t => t.SectionId == section.Id))
            {
                AddTask(task);
            }
        }

        return builder.ToString().Replace("。", string.Empty);

        void AddTask(TaskModel task)
        {
            Add(task.Label, task.Title, task.Text);
            foreach (var item in task.Items)
            {
                Add(item.Label, item.Title, item.Text);
            }
        }
    }
}
