using System.Collections.Generic;
using System.IO;
using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Themes.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace WorkPlanDsl.Tests.Editor;

/// <summary>Loads the extension's grammar with TextMateSharp, the TextMate engine VS Code's own is a port of.</summary>
internal sealed class TextMateRegistry : IRegistryOptions
{
    private readonly string _grammarPath;

    private TextMateRegistry(string grammarPath) => _grammarPath = grammarPath;

    public static IGrammar Load(string grammarPath)
        => new Registry(new TextMateRegistry(grammarPath)).LoadGrammar("source.wplan");

    public IRawTheme GetTheme(string scopeName) => GetDefaultTheme();

    public IRawGrammar GetGrammar(string scopeName)
    {
        using var reader = new StreamReader(_grammarPath, Encoding.UTF8);
        return GrammarReader.ReadGrammarSync(reader);
    }

    public ICollection<string>? GetInjections(string scopeName) => null;

    public IRawTheme GetDefaultTheme()
    {
        using var reader = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes("{\"name\":\"none\",\"settings\":[]}")));
        return ThemeReader.ReadThemeSync(reader);
    }
}
