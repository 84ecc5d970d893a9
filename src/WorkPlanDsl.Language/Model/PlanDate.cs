using System;
using System.Globalization;

namespace WorkPlanDsl.Language;

/// <summary>A calendar date of a plan (published, due). <c>YYYY-MM</c> means the month's last day, <c>YYYY</c> 31 December.</summary>
public readonly record struct PlanDate(int Year, int Month, int Day) : IComparable<PlanDate>
{
    public int CompareTo(PlanDate other)
        => Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    public static bool TryParse(string text, out PlanDate date)
    {
        date = default;
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !TryNumber(parts[0], out var year) || year < 1)
        {
            return false;
        }

        var month = 12;
        if (parts.Length > 1 && (parts[1].Length is < 1 or > 2 || !TryNumber(parts[1], out month) || month is < 1 or > 12))
        {
            return false;
        }

        var day = DateTime.DaysInMonth(year, month);
        if (parts.Length > 2)
        {
            if (parts[2].Length is < 1 or > 2 || !TryNumber(parts[2], out var given) || given < 1 || given > day)
            {
                return false;
            }

            day = given;
        }

        date = new PlanDate(year, month, day);
        return true;
    }

    /// <summary>The last day of a month.</summary>
    public static PlanDate EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public override string ToString()
        => Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + Day.ToString("D2", CultureInfo.InvariantCulture);

    private static bool TryNumber(string text, out int value)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
