namespace WorkPlanDsl.Language.Binding;

/// <summary>
/// Counts the steps of binding's inner loops (name lookups, names compared in a list search, set operations), so that
/// a test can show that the work grows linearly with the units, references and tasks of a plan without timing it.
/// Null in every real compile.
/// </summary>
internal sealed class BindingWork
{
    public long Steps { get; private set; }

    public void Add(long steps) => Steps += steps;
}
