using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Generators.Analyzers;

/// <summary>
/// The Roslyn descriptors of the diagnostic catalogue. Ids, categories and severities are written as constants so that
/// Roslyn's release tracking can check them against AnalyzerReleases.*.md; a test checks them against the catalogue.
/// </summary>
internal static class PlanDescriptors
{
    public static readonly DiagnosticDescriptor SyntaxError = Create(DiagnosticIds.SyntaxError, DiagnosticCatalog.Syntax, DiagnosticSeverity.Error, DiagnosticCatalog.SyntaxError);
    public static readonly DiagnosticDescriptor MissingLead = Create(DiagnosticIds.MissingLead, DiagnosticCatalog.Accountability, DiagnosticSeverity.Warning, DiagnosticCatalog.MissingLead);
    public static readonly DiagnosticDescriptor LeadsAreGroups = Create(DiagnosticIds.LeadsAreGroups, DiagnosticCatalog.Accountability, DiagnosticSeverity.Warning, DiagnosticCatalog.LeadsAreGroups);
    public static readonly DiagnosticDescriptor UnknownReference = Create(DiagnosticIds.UnknownReference, DiagnosticCatalog.Declarations, DiagnosticSeverity.Error, DiagnosticCatalog.UnknownReference);
    public static readonly DiagnosticDescriptor DuplicateIdentifier = Create(DiagnosticIds.DuplicateIdentifier, DiagnosticCatalog.Declarations, DiagnosticSeverity.Error, DiagnosticCatalog.DuplicateIdentifier);
    public static readonly DiagnosticDescriptor LeadAlsoSupports = Create(DiagnosticIds.LeadAlsoSupports, DiagnosticCatalog.Accountability, DiagnosticSeverity.Warning, DiagnosticCatalog.LeadAlsoSupports);
    public static readonly DiagnosticDescriptor PlanStatement = Create(DiagnosticIds.PlanStatement, DiagnosticCatalog.Structure, DiagnosticSeverity.Error, DiagnosticCatalog.PlanStatement);
    public static readonly DiagnosticDescriptor MisplacedAttribute = Create(DiagnosticIds.MisplacedAttribute, DiagnosticCatalog.Structure, DiagnosticSeverity.Error, DiagnosticCatalog.MisplacedAttribute);
    public static readonly DiagnosticDescriptor DuplicatePlanName = Create(DiagnosticIds.DuplicatePlanName, DiagnosticCatalog.Declarations, DiagnosticSeverity.Error, DiagnosticCatalog.DuplicatePlanName);
    public static readonly DiagnosticDescriptor DueOutsideYear = Create(DiagnosticIds.DueOutsideYear, DiagnosticCatalog.Structure, DiagnosticSeverity.Warning, DiagnosticCatalog.DueOutsideYear);
    public static readonly DiagnosticDescriptor NotUtf8 = Create(DiagnosticIds.NotUtf8, DiagnosticCatalog.Syntax, DiagnosticSeverity.Warning, DiagnosticCatalog.NotUtf8);
    public static readonly DiagnosticDescriptor PlanNameClash = Create(DiagnosticIds.PlanNameClash, DiagnosticCatalog.Declarations, DiagnosticSeverity.Error, DiagnosticCatalog.PlanNameClash);
    public static readonly DiagnosticDescriptor PlanNameHidesNamespace = Create(DiagnosticIds.PlanNameHidesNamespace, DiagnosticCatalog.Declarations, DiagnosticSeverity.Error, DiagnosticCatalog.PlanNameHidesNamespace);
    public static readonly DiagnosticDescriptor UndatedDeadline = Create(DiagnosticIds.UndatedDeadline, DiagnosticCatalog.Structure, DiagnosticSeverity.Warning, DiagnosticCatalog.UndatedDeadline);
    public static readonly DiagnosticDescriptor InternalError = Create(DiagnosticIds.InternalError, DiagnosticCatalog.Internal, DiagnosticSeverity.Error, DiagnosticCatalog.InternalError);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        SyntaxError, MissingLead, LeadsAreGroups, UnknownReference, DuplicateIdentifier, LeadAlsoSupports,
        PlanStatement, MisplacedAttribute, DuplicatePlanName, DueOutsideYear, NotUtf8, PlanNameClash, PlanNameHidesNamespace, UndatedDeadline, InternalError);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = CreateIndex();

    public static DiagnosticDescriptor For(DiagnosticInfo info) => ById[info.Id];

    private static Dictionary<string, DiagnosticDescriptor> CreateIndex()
    {
        var index = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var descriptor in All)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, DiagnosticInfo info, params string[] customTags)
        => new(id, info.Title, info.MessageFormat, category, severity, isEnabledByDefault: true, info.Description, info.HelpLink, customTags);
}
