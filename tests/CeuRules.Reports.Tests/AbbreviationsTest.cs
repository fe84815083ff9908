using System;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace CeuRules.Reports.Tests;

/// <summary>Every short form a report uses ("CE", "CEU", "CPR", "RCP") is spelled out before a person meets it, in both languages.</summary>
public sealed class AbbreviationsTest
{
    public static TheoryData<string, string> ExamplesInBothCultures() => ReportSamples.ExamplesInBothCultures();

    private static readonly string[] Tokens = ["CE", "CEU", "CPR", "RCP"];

    private static int First(string text, string token) =>
        Regex.Match(text, @"(?<![\p{L}\p{N}-])" + token + @"s?(?![\p{L}\p{N}-])") is { Success: true } m ? m.Index : -1;

    private static void SpelledOutBeforeFirstUse(string output, string culture)
    {
        bool spanish = culture.StartsWith("es", StringComparison.Ordinal);
        string heading = spanish ? "Abreviaturas: " : "Abbreviations: ";
        int line = output.IndexOf(heading, StringComparison.Ordinal);
        foreach (var token in Tokens)
        {
            int first = First(output, token);
            if (first < 0)
            {
                continue;
            }
            Assert.True(line >= 0 && line < first, $"'{token}' is used before it is spelled out:\n{output}");
            Assert.Contains(token + " (", output[line..], StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ExamplesInBothCultures))]
    public void The_text_report_spells_out_every_abbreviation_before_it_is_used(string file, string culture)
    {
        string text = ReportSamples.Text(ReportSamples.Example(file), CultureInfo.GetCultureInfo(culture));
        SpelledOutBeforeFirstUse(text, culture);
    }

    [Theory]
    [MemberData(nameof(ExamplesInBothCultures))]
    public void The_html_report_spells_out_every_abbreviation_before_it_is_used(string file, string culture)
    {
        string html = ReportSamples.Html(ReportSamples.Example(file), CultureInfo.GetCultureInfo(culture));
        int body = html.IndexOf("</header>", StringComparison.Ordinal);
        // The page's text after its header, tags left out.
        string plain = WebUtility.HtmlDecode(Regex.Replace(html[body..], "<[^>]*>", " "));
        SpelledOutBeforeFirstUse(plain, culture);
    }

    [Fact]
    public void A_report_that_uses_abbreviations_spells_them_out_in_its_language()
    {
        string english = ReportSamples.Text(ReportSamples.Example("cma-in-progress.json"), ReportSamples.English);
        Assert.Contains("Abbreviations: CE (continuing education); CPR (cardiopulmonary resuscitation).", english, StringComparison.Ordinal);
        string spanish = ReportSamples.Text(ReportSamples.Example("cma-in-progress.json"), ReportSamples.Spanish);
        Assert.Contains("RCP (reanimación cardiopulmonar)", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_without_an_abbreviation_get_no_line()
    {
        Assert.Null(Explanations.Explainer.English.Abbreviations(["Current until 28 February 2026."]));
        Assert.Equal("Abreviaturas: RCP (reanimación cardiopulmonar).", Explanations.Explainer.Spanish.Abbreviations(["tarjetas de RCP"]));
        Assert.Equal("Abbreviations: CE (continuing education); CEU (continuing education unit).",
            Explanations.Explainer.English.Abbreviations(["2 IACET CEUs", "By CE"]));
    }
}
