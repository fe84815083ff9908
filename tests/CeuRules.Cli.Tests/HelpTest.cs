using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary>
/// What a person reads in <c>--help</c>, far from a clone: each value's format, an example per command, and
/// no repository-relative path that resolves nowhere.
/// </summary>
public sealed partial class HelpTest
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliTestPaths.Run(new LocalDate(2026, 11, 23), args);

    public static TheoryData<string> Commands() => ["evaluate", "batch", "policies", "validate-catalog", "recommend", "conformance"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_shows_the_format_of_every_value_and_an_example(string command)
    {
        var (exit, help, _) = Run(command, "--help");
        Assert.Equal(0, exit);

        // An option's value is named by its format (<YYYY-MM-DD>, <FILE>, <DAYS>) or its choices (<json|text>),
        // never by the option's own name in lower case (<as-of>).
        foreach (Match option in OptionWithValue().Matches(help))
        {
            string value = option.Groups["value"].Value;
            Assert.True(value.Contains('|', System.StringComparison.Ordinal) || !value.Any(char.IsLower),
                $"{command} --help names the value of {option.Groups["option"].Value} <{value}>, not its format");
        }

        var example = Regex.Match(help, @"Example:\r?\n +(?<line>ceurules " + Regex.Escape(command) + @" [^\r\n]+)");
        Assert.True(example.Success, $"{command} --help has no example:\n{help}");
        AssertNoRelativePath(help);
    }

    [Fact]
    public void The_overview_names_the_value_formats_and_where_the_exit_codes_are()
    {
        var (exit, help, _) = Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("YYYY-MM-DD", help, System.StringComparison.Ordinal);
        Assert.Matches(@"Exit codes: see \S*cli\.md#exit-codes", help);
        AssertNoRelativePath(help);
    }

    /// <summary>A docs path is either a link (https://...) or named as being in the repository, never bare.</summary>
    private static void AssertNoRelativePath(string help)
    {
        foreach (Match path in DocsPath().Matches(help))
        {
            bool linked = path.Groups["before"].Value.EndsWith('/');
            bool named = help[(path.Index + path.Length)..].StartsWith(" in the CeuRules repository", System.StringComparison.Ordinal);
            Assert.True(linked || named, $"help shows '{path.Value.Trim()}', which resolves nowhere outside a clone:\n{help}");
        }
    }

    [GeneratedRegex(@"(?<option>--[a-z-]+) <(?<value>[^>]+)>")]
    private static partial Regex OptionWithValue();

    [GeneratedRegex(@"(?<before>\S?)docs/[A-Za-z0-9./#-]+")]
    private static partial Regex DocsPath();
}
