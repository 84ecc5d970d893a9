using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace WorkPlanDsl.Generators.Emit;

/// <summary>Turns plan identifiers into C# identifiers that are valid, unescaped where possible and unique in their scope.</summary>
internal static class CSharpNames
{
    /// <summary>Members every class inherits from object; a static member of the same name would hide one (CS0108).</summary>
    public static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" };

    /// <summary>A valid C# identifier for <paramref name="name"/>: characters C# does not take become <c>_uXXXX</c>.</summary>
    public static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var valid = builder.Length == 0 ? SyntaxFacts.IsIdentifierStartCharacter(c) : SyntaxFacts.IsIdentifierPartCharacter(c);
            if (valid && !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                builder.Append(c);
                continue;
            }

            if (builder.Length == 0 && SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsSurrogate(c))
            {
                builder.Append('_').Append(c);
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                builder.Append("_U").Append(char.ConvertToUtf32(c, name[i + 1]).ToString("X6", CultureInfo.InvariantCulture));
                i++;
                continue;
            }

            builder.Append("_u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }

    /// <summary>The identifier as written in source: keywords get '@'.</summary>
    public static string Render(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>C# 11 warns (CS8981) about type names of lower-case ASCII letters only; such names may become keywords.</summary>
    public static bool IsLowerCaseAscii(string identifier)
    {
        foreach (var c in identifier)
        {
            if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The names taken in one C# scope; a name that is taken or reserved gets '_' appended until it is free.</summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

    public NameScope(IEnumerable<string> reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>Claims a unique identifier for <paramref name="name"/> and returns it as written in source.</summary>
    public string Claim(string name)
    {
        var identifier = CSharpNames.Sanitize(name);
        while (!_taken.Add(identifier))
        {
            identifier += "_";
        }

        return CSharpNames.Render(identifier);
    }
}
