using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Tests;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CeuRules.Reports.Tests;

/// <summary>The report's own words exist in both languages, and a Spanish report has no English word outside its details part.</summary>
public sealed class SpanishReportTest
{
    /// <summary>
    /// English words of the report's vocabulary that have no place in Spanish text (none of them is also a
    /// Spanish word): the words the explanation layer's own check looks for, and the report's layout words.
    /// </summary>
    private static readonly string[] EnglishWords =
    [
        "the", "and", "of", "to", "not", "count", "counted", "counts", "point", "points", "credit", "credits", "hour", "hours",
        "activity", "activities", "approved", "day", "days", "expired", "current", "until", "still", "need", "needed", "you",
        "your", "category", "fee", "fees", "exam", "cap", "over", "unit", "units", "policy", "cycle", "window", "with", "by",
        "from", "after", "before", "month", "months", "year", "years", "minute", "minutes", "which", "left", "line", "lines",
        "in", "on", "at", "is", "are", "must", "only", "card", "cards", "training", "requirement", "requirements", "met",
        "limit", "reached", "review", "someone", "member", "price", "lapsed", "recertify", "recertification", "route", "apply",
        "deadline", "due", "annual", "renewal", "short", "more", "than", "most", "least", "confirmed", "unconfirmed", "source",
        "secondary", "unknown", "other", "today", "ago", "none", "every", "within", "late", "missing", "duration", "title",
        "repeated", "listed", "twice", "same", "kind", "clinical", "administrative", "contact", "clock", "college", "course",
        "courses", "note", "notes", "reactivation", "expiration", "last", "pass", "passed", "failed", "attempts",
        "report", "evaluated", "certified", "certification", "certifications", "status", "what", "next", "why", "date", "dates",
        "matter", "progress", "result", "completed", "timeline", "edge", "drawn", "filled", "circle", "ring", "square", "amount",
        "reason", "details", "ids", "rules", "sources", "problems", "document", "incomplete", "could", "change", "error", "warning",
    ];

    internal static readonly Regex EnglishWord = new(@"\b(" + string.Join("|", EnglishWords) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Quoted = new("“[^”]*”", RegexOptions.CultureInvariant);

    private static readonly Regex Url = new(@"https?://\S+", RegexOptions.CultureInvariant);

    private static readonly Regex Placeholder = new(@"\{\d+\}", RegexOptions.CultureInvariant);

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var set = ReportWords.LayoutResources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No report resources for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static string Placeholders(string text) => string.Join(",", Placeholder.Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_layout_word_exists_in_English_and_Spanish_with_the_same_placeholders()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var spanish = Read(CultureInfo.GetCultureInfo("es"));
        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(spanish[pair.Key])));
        // Every word the report asks for by name is there (an unknown name throws when the report is written).
        Assert.All(english, pair => Assert.False(string.IsNullOrWhiteSpace(spanish[pair.Key]), pair.Key));
    }

    /// <summary>One document's reports in one culture, with what it is made of.</summary>
    private sealed record Reports(string Name, string Html, string Text, ReportSamples.Evaluated Evaluated);

    private static Reports Render(string name, ReportSamples.Evaluated evaluated, CultureInfo culture)
    {
        var options = new ReportOptions { Culture = culture, DocumentName = name, Findings = evaluated.Findings };
        using var html = new StringWriter();
        EvaluationReport.WriteHtml(html, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options);
        using var text = new StringWriter();
        EvaluationReport.WriteText(text, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options);
        return new(name, html.ToString(), text.ToString(), evaluated);
    }

    /// <summary>Every example document, then generated evaluations over every built-in policy (each scenario's credential replaced by one of them in turn).</summary>
    private static IEnumerable<(string Name, ReportSamples.Evaluated Evaluated)> Documents()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(ReportSamples.Root(), "docs", "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            yield return (Path.GetFileName(path), ReportSamples.Evaluate(path));
        }
        var builtIn = PolicyCatalog.BuiltIn.Credentials.ToArray();
        var evaluator = new CertificationEvaluator(PolicyCatalog.BuiltIn);
        var scenarios = AnyPolicyGenerators.ScenarioGen(maxActivities: 14).Sample(120, new Rnd(20261130UL, 1717UL), 40);
        int i = 0;
        foreach (var s in scenarios)
        {
            var c = s.Certification;
            var certification = new Certification(builtIn[i % builtIn.Length], c.CertifiedOn) { IsMember = c.IsMember, ExamAttempts = c.ExamAttempts };
            var result = evaluator.Evaluate(certification, s.Transcript, s.AsOf);
            yield return ($"generated-{i++}", new ReportSamples.Evaluated(s.AsOf, s.Transcript, [result], []));
        }
    }

    /// <summary>
    /// What a person reads outside the details part, with what is not the report's to translate taken out:
    /// ids, URLs, quoted input, the names the input and the bodies give (activity titles and providers, kind
    /// ids the resources do not know, the document's name, credential names and acronyms) and the places of findings.
    /// </summary>
    private static IEnumerable<string> Readable(Reports reports, CultureInfo culture)
    {
        var page = HtmlReportTest.Parse(reports.Html);
        string html = HtmlReportTest.PlainText(page) + " " + string.Join(" ", page.Root!.Element("body")!.Descendants()
            .Where(e => !e.AncestorsAndSelf("details").Any()).Select(e => (string?)e.Attribute("aria-label")).OfType<string>());
        string heading = ReportWords.For(culture).DetailsHeading;
        int at = reports.Text.IndexOf(heading, StringComparison.Ordinal);
        string text = at < 0 ? reports.Text : reports.Text[..at];

        var proper = new List<string> { reports.Name };
        var evaluated = reports.Evaluated;
        foreach (var activity in evaluated.Transcript.Activities)
        {
            proper.AddRange(new[] { activity.Title, activity.Provider, activity.Id, activity.Kind.Id }.OfType<string>());
        }
        foreach (var result in evaluated.Results)
        {
            proper.AddRange([result.Credential.Name, result.Credential.ToString(), result.Credential.Body.Acronym, result.Credential.Id]);
        }
        proper.AddRange(evaluated.Findings.Select(f => f.Path));
        foreach (var part in new[] { html, text })
        {
            string cleaned = Url.Replace(Quoted.Replace(part, " "), " ");
            foreach (var name in proper.Where(p => p.Length > 0).OrderByDescending(p => p.Length))
            {
                cleaned = cleaned.Replace(name, " ", StringComparison.Ordinal);
            }
            yield return cleaned;
        }
    }

    private static List<string> EnglishIn(Reports reports, CultureInfo culture) =>
        Readable(reports, culture).SelectMany(part => EnglishWord.Matches(part).Select(m => $"'{m.Value}' in …{Around(part, m.Index)}…")).ToList();

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(text.Length - Math.Max(0, at - 40), 90)).ReplaceLineEndings(" ");

    [Fact]
    public void No_English_word_is_left_in_a_Spanish_report_and_the_check_finds_them_in_an_English_one()
    {
        var spanish = CultureInfo.GetCultureInfo("es-US");
        int documents = 0;
        foreach (var (name, evaluated) in Documents())
        {
            documents++;
            var found = EnglishIn(Render(name, evaluated, spanish), spanish);
            Assert.True(found.Count == 0, $"{name}: the Spanish report has English words:\n{string.Join("\n", found.Take(20))}");
            // The same check on the English report must fail, or it checks nothing.
            Assert.NotEmpty(EnglishIn(Render(name, evaluated, ReportSamples.English), ReportSamples.English));
        }
        Assert.True(documents > 120);
    }
}
