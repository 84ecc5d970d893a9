using System.Globalization;
using System.Linq;
using System.Threading;
using WorkPlanDsl.Generators.Emit;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>
/// What one valid plan declares in C#, worked out exactly as the emitter writes it (WPlanNamespace, identifier repair,
/// reserved and lower-case names), so that plans can be checked against each other before anything is generated.
/// </summary>
/// <param name="Path">The plan file's path, which names the plan in the cross-plan verdicts.</param>
/// <param name="PlanName">The name the plan declares.</param>
/// <param name="Namespace">The namespace's identifiers without '@' (empty for the global namespace).</param>
/// <param name="ClassName">The class's identifier without '@'.</param>
/// <param name="HintBase">The hint name without its extension: the plan name in the characters a hint name takes, bounded in length.</param>
/// <param name="HintIsExact">False when <see cref="HintBase"/> is not the plan name itself, so a hash must make it unique.</param>
internal sealed record PlanDeclaration(string Path, string PlanName, EquatableArray<string> Namespace, string ClassName, string HintBase, bool HintIsExact)
{
    /// <summary>
    /// A hint name is a file name when the project sets EmitCompilerGeneratedFiles; Chinese characters take three bytes
    /// each in UTF-8, so 48 characters, the hash and the extension stay well under the 255 bytes file systems allow
    /// and leave room for the output folder under Windows' 260-character paths.
    /// </summary>
    public const int MaxHintLength = 48;

    /// <summary>The names the generated class holds; a plan class of the same name would be its own member's name (CS0542).</summary>
    private static readonly string[] NestedNames = { "Plan", "GetTask", "IdOf", "Units", "Sections", "Tasks", "TaskId", PlanEmitter.Storage };

    public string TypeName => Namespace.IsEmpty ? ClassName : string.Join(".", Namespace) + "." + ClassName;

    public static PlanDeclaration? From(BoundPlan plan, CancellationToken cancellationToken)
        => plan.Model is { } model ? Declare(plan.Path, model.Name, plan.NamespaceOverride) : null;

    internal static PlanDeclaration Declare(string path, string planName, string? namespaceOverride)
    {
        var (hintBase, exact) = Hint(planName);
        return new PlanDeclaration(path, planName, NamespaceParts(namespaceOverride, planName), ClassIdentifier(planName), hintBase, exact);
    }

    /// <summary>The namespace as written in source: keywords escaped.</summary>
    public string NamespaceSource => string.Join(".", Namespace.Select(CSharpNames.Render));

    /// <summary>The class as written in source: a keyword escaped.</summary>
    public string ClassSource => CSharpNames.Render(ClassName);

    /// <summary>The hint name, with a hash of the exact plan name where the base alone may not be unique.</summary>
    public string HintName(bool clashes) => (HintIsExact && !clashes ? HintBase : HintBase + "-" + StableHash(PlanName)) + ".g.cs";

    private static EquatableArray<string> NamespaceParts(string? namespaceOverride, string planName)
    {
        var dotted = namespaceOverride ?? (planName.LastIndexOf('.') is var dot and > 0 ? planName.Substring(0, dot) : string.Empty);
        return EquatableArray.From(dotted.Split('.')
            .Where(part => part.Trim().Length > 0)
            .Select(part => CSharpNames.Sanitize(part.Trim())));
    }

    private static string ClassIdentifier(string planName)
    {
        var identifier = CSharpNames.Sanitize(planName.Substring(planName.LastIndexOf('.') + 1));
        while (NestedNames.Contains(identifier) || CSharpNames.IsLowerCaseAscii(identifier))
        {
            identifier += "_";
        }

        return identifier;
    }

    // Letters and digits of the basic plane, '.' and '_' are what the compiler takes in a hint name; '-' never occurs
    // in a plan name, so a hashed hint cannot equal an exact one.
    private static (string Base, bool Exact) Hint(string planName)
    {
        var safe = new string(planName.Select(c => c == '.' || c == '_' || (char.IsLetterOrDigit(c) && !char.IsSurrogate(c)) ? c : '_').ToArray());
        if (safe.Length > MaxHintLength)
        {
            return (safe.Substring(0, MaxHintLength), false);
        }

        return (safe, safe == planName);
    }

    private static string StableHash(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
