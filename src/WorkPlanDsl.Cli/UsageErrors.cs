using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using System.Linq;

namespace WorkPlanDsl.Cli;

/// <summary>
/// A command line that could not be parsed, told in the user's terms: the word that is wrong, what was expected and
/// the closest name that would be right. The parser's own messages name .NET types and say "Unrecognized command or
/// argument" for a mistyped option; these do not.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Describe(ParseResult result)
    {
        var messages = new List<string>();
        var commandResult = result.CommandResult;
        var command = commandResult.Command;
        var commandLine = CommandLine(commandResult);

        // A word that looks like an option but is none lands in a path argument ("fmt --chek plans" would read
        // "--chek" as a file): caught here, before any command reads it. "--" ends the options, for a file named "-x".
        var optionValues = new HashSet<Token>(OptionResults(commandResult).SelectMany(o => o.Tokens), ReferenceEqualityComparer.Instance);
        var unknownOptions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type == TokenType.Argument && LooksLikeOption(token.Value) && !optionValues.Contains(token))
            {
                unknownOptions.Add(token.Value);
                var names = OptionsOf(commandResult).Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
                messages.Add("unknown option '" + token.Value + "' for '" + commandLine + "'." + Suggestions.DidYouMean(token.Value, names));
            }
        }

        // After an unknown option the words that follow are likely its value: the option is the mistake to report.
        foreach (var unmatched in unknownOptions.Count > 0 ? Array.Empty<string>() : result.UnmatchedTokens)
        {
            if (command.Subcommands.Count > 0)
            {
                messages.Add("'" + unmatched + "' is not a " + commandLine + " command." + Suggestions.DidYouMean(unmatched, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)));
            }
            else
            {
                messages.Add("unexpected argument '" + unmatched + "': " + commandLine + " takes " + Usage(command) + ".");
            }
        }

        foreach (var error in result.Errors)
        {
            switch (error.SymbolResult)
            {
                case OptionResult option:
                    messages.Add(OptionError(option, error.Message));
                    break;
                case ArgumentResult argument when argument.Tokens.Count == 0:
                    messages.Add(commandLine + " needs " + Usage(command) + ": " + Describe(argument.Argument) + ".");
                    break;
                case ArgumentResult argument when IsTypeError(error.Message):
                    messages.Add("'" + argument.Tokens[0].Value + "' is not " + Expected(argument.Argument.ValueType) + " (" + argument.Argument.Name + ").");
                    break;
                case CommandResult { Command: var owner } when owner.Subcommands.Count > 0 && owner.Action is null:
                    if (messages.Count == 0)
                    {
                        messages.Add(commandLine + " needs a command: " + string.Join(", ", owner.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)) + ".");
                    }

                    break;
                case CommandResult when result.UnmatchedTokens.Count > 0:
                    // The unmatched words are described above, each once.
                    break;
                default:
                    messages.Add(error.Message);
                    break;
            }
        }

        return messages.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>"workplan fmt": the command as the user typed it, for messages and the help hint.</summary>
    public static string CommandLine(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult c)
            {
                names.Insert(0, c.Command is RootCommand ? "workplan" : c.Command.Name);
            }
        }

        return string.Join(" ", names);
    }

    private static string OptionError(OptionResult result, string message)
    {
        var option = result.Option;
        var choices = option.ValueType == typeof(string) ? option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToArray() : Array.Empty<string>();
        if (result.Tokens.Count == 0)
        {
            return option.Name + " needs a value" + (choices.Length > 0 ? ": " + string.Join(", ", choices) : string.Empty) + ".";
        }

        var value = result.Tokens[0].Value;
        if (choices.Length > 0 && !choices.Contains(value, StringComparer.Ordinal))
        {
            return option.Name + ": '" + value + "' is not one of " + string.Join(", ", choices) + "." + Suggestions.DidYouMean(value, choices);
        }

        return IsTypeError(message) ? option.Name + ": '" + value + "' is not " + Expected(option.ValueType) + "." : message;
    }

    private static bool IsTypeError(string message) => message.Contains("expected type", StringComparison.Ordinal);

    private static string Expected(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(int) || underlying == typeof(long) ? "a whole number, such as 2024"
            : underlying == typeof(bool) ? "true or false"
            : "a valid value";
    }

    private static string Usage(Command command)
        => command.Arguments.Count == 0 ? "no arguments" : string.Join(" ", command.Arguments.Select(a => "<" + a.Name + ">" + (a.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty)));

    private static string Describe(Argument argument) => (argument.Description ?? argument.Name).TrimEnd('.');

    /// <summary>A command's options and the ones its parents give every subcommand (--help).</summary>
    private static IEnumerable<Option> OptionsOf(CommandResult result)
    {
        var own = true;
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult c)
            {
                foreach (var option in c.Command.Options.Where(o => own || o.Recursive))
                {
                    yield return option;
                }

                own = false;
            }
        }
    }

    private static IEnumerable<OptionResult> OptionResults(CommandResult result)
    {
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult c)
            {
                foreach (var option in c.Children.OfType<OptionResult>())
                {
                    yield return option;
                }
            }
        }
    }

    // "-" alone is standard input by convention, "-5" a number: neither is an option.
    private static bool LooksLikeOption(string word)
        => word.Length > 1 && word[0] == '-' && !(char.IsDigit(word[1]) || (word[1] == '.' && word.Length > 2));
}
