using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>Compiles the generated catalog of some plans, loads it, and hands out the plans it builds.</summary>
internal sealed class GeneratedCatalog
{
    private readonly Assembly _assembly;

    public GeneratedCatalog(PlanProject project)
    {
        var output = project.Generate();
        output.AssertCompilesCleanly();
        using var stream = new MemoryStream();
        var emitted = output.Compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        _assembly = Assembly.Load(stream.ToArray());
    }

    public Type Class(string fullName) => _assembly.GetType(fullName, throwOnError: true)!;

    public Plan Plan(string className) => (Plan)Class(className).GetProperty("Plan")!.GetValue(null)!;

    public object Member(string className, string nested, string member)
        => Class(className + "+" + nested).GetProperty(member)!.GetValue(null)!;

    public int EnumValue(string className, string member)
        => (int)Enum.Parse(Class(className + "+TaskId"), member);

    public string[] EnumNames(string className) => Enum.GetNames(Class(className + "+TaskId")).ToArray();
}
