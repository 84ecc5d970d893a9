using System.Linq;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WorkPlanDsl.Benchmarks;

/// <summary>MB/s of each parser over its own input: the plan's text for WPlan, the same content as JSON, YAML or Gherkin for the peers.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6) of UTF-8 input read per second";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => b.Descriptor.Type == typeof(ParseBenchmarks));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.Type != typeof(ParseBenchmarks) || summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        var input = (string)benchmarkCase.Parameters["Input"];
        var bytes = Encoding.UTF8.GetByteCount(ParseBenchmarks.InputFor(benchmarkCase.Descriptor.WorkloadMethod.Name, input));
        return (bytes / (statistics.Mean / 1e9) / 1e6).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }
}
