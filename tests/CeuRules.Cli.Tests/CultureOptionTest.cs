using System;
using System.IO;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using NodaTime;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary>The <c>--culture</c> option of <c>ceurules evaluate</c>: the language of the text and HTML reports only.</summary>
public sealed class CultureOptionTest
{
    private static readonly LocalDate Today = new(2026, 11, 23);

    private static string Example(string file) => Path.Combine(CliTestPaths.Root(), "docs", "examples", file);

    public static TheoryData<string, string> Examples() => CliTest.Examples();

    [Theory]
    [InlineData("es-US", "es-US")]
    [InlineData("en-US", "en-US")]
    [InlineData("es-MX", "es-MX")]
    [InlineData("es", "es-US")]
    [InlineData("en", "en-US")]
    public void The_html_page_declares_the_culture_asked_for_and_es_means_es_US(string culture, string declared)
    {
        var (exit, output, error) = CliTestPaths.Run(Today, "evaluate", Example("cma-in-progress.json"), "--format", "html", "--culture", culture);
        Assert.True(exit == 0, error);
        Assert.Contains($"<html lang=\"{declared}\">", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_option_the_reports_are_in_us_english()
    {
        var (exit, output, _) = CliTestPaths.Run(Today, "evaluate", Example("cma-in-progress.json"), "--format", "html");
        Assert.Equal(0, exit);
        Assert.Contains("<html lang=\"en-US\">", output, StringComparison.Ordinal);
        var (textExit, text, _) = CliTestPaths.Run(Today, "evaluate", Example("cma-in-progress.json"));
        Assert.Equal(0, textExit);
        Assert.Contains("Status: In progress", text, StringComparison.Ordinal);
        var (spanishExit, spanish, _) = CliTestPaths.Run(Today, "evaluate", Example("cma-in-progress.json"), "--culture", "es-US");
        Assert.Equal(0, spanishExit);
        Assert.Contains("Estado: En curso", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("Status:", spanish, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xx-QQ")]
    [InlineData("fr-FR")]
    [InlineData("not a culture")]
    [InlineData("es_US")]
    [InlineData("en_US")]
    [InlineData("")]
    public void A_culture_the_reports_do_not_speak_exits_2_and_names_it(string culture)
    {
        foreach (var format in new[] { "text", "html", "json" })
        {
            var (exit, output, error) = CliTestPaths.Run(Today, "evaluate", Example("cma-met.json"), "--format", format, "--culture", culture);
            Assert.Equal((2, string.Empty), (exit, output));
            Assert.Contains($"The option --culture is “{culture}”", error, StringComparison.Ordinal);
            Assert.Contains("en-US or es-US", error, StringComparison.Ordinal);
            Assert.Contains("[--culture · unknown-culture]", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_json_is_the_same_whatever_the_culture(string file, string status)
    {
        _ = status;
        var (exit, plain, _) = CliTestPaths.Run(Today, "evaluate", Example(file), "--format", "json");
        Assert.Equal(0, exit);
        foreach (var culture in new[] { "en-US", "es-US" })
        {
            var (cultureExit, json, _) = CliTestPaths.Run(Today, "evaluate", Example(file), "--format", "json", "--culture", culture);
            Assert.Equal(0, cultureExit);
            Assert.Equal(plain, json);
        }
    }

    [Fact]
    public void The_calendar_speaks_the_culture_asked_for_with_the_same_events()
    {
        var plain = CliTestPaths.Run(Today, "evaluate", Example("cma-in-progress.json"), "--format", "ics");
        var spanish = CliTestPaths.Run(Today, "evaluate", Example("cma-in-progress.json"), "--format", "ics", "--culture", "es-US");
        Assert.Equal((0, 0), (plain.Exit, spanish.Exit));
        // RFC 5545 folds long lines and escapes commas in text
        static string Unfolded(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal);
        static string[] Fixed(string ics) => Unfolded(ics).Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal) || l.StartsWith("DTSTART", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Fixed(plain.Out), Fixed(spanish.Out));
        Assert.Contains("SUMMARY:CMA (AAMA) — " + Explainer.English.ActionName(NextAction.EarnThenApply), Unfolded(plain.Out), StringComparison.Ordinal);
        Assert.Contains("SUMMARY:CMA (AAMA) — " + Explainer.Spanish.ActionName(NextAction.EarnThenApply), Unfolded(spanish.Out), StringComparison.Ordinal);
    }
}
