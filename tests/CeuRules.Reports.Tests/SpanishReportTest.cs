using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// ids the resources do not know, the document's name, credential names and acronyms) and the places and codes of findings.
    /// </summary>
    private static IEnumerable<string> Readable(Reports reports, CultureInfo culture, bool kindIdsAreNames = true)
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
            proper.AddRange(new[] { activity.Title, activity.Provider, activity.Id, kindIdsAreNames ? activity.Kind.Id : null }.OfType<string>());
        }
        foreach (var result in evaluated.Results)
        {
            proper.AddRange([result.Credential.Name, result.Credential.ToString(), result.Credential.Body.Acronym, result.Credential.Id]);
        }
        proper.AddRange(evaluated.Findings.SelectMany(f => new[] { f.Path, f.Code }));
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

    private static List<string> EnglishIn(Reports reports, CultureInfo culture, bool kindIdsAreNames = true) =>
        Readable(reports, culture, kindIdsAreNames).SelectMany(part => EnglishWord.Matches(part).Select(m => $"'{m.Value}' in …{Around(part, m.Index)}…")).ToList();

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

    /// <summary>
    /// Generated transcripts for a custom policy that names its kinds, categories, unit (feminine in Spanish) and
    /// body in Spanish, with findings naming its kinds and categories: the Spanish report has no English word, no
    /// English name of the policy and no kind id (the kinds are named, so their ids are not left out as names).
    /// </summary>
    [Fact]
    public void A_custom_policy_named_in_Spanish_leaves_no_English_kind_category_body_or_unit_in_a_Spanish_report()
    {
        var policy = SpanishNamedPolicy.Policy;
        var catalog = new PolicyCatalog([policy]);
        var evaluator = new CertificationEvaluator(catalog);
        var spanish = CultureInfo.GetCultureInfo("es-US");
        var scenarios = AnyPolicyGenerators.ScenarioGen(catalog, maxActivities: 14).Sample(60, new Rnd(20261207UL, 2611UL), 40);
        int reports = 0;
        foreach (var s in scenarios)
        {
            var transcript = new Transcript(s.Transcript.Activities.Select(Localized));
            var result = evaluator.Evaluate(s.Certification, transcript, s.AsOf);
            Finding[] findings =
            [
                new(FindingCodes.CategoryIgnored, FindingSeverity.Info, "activities[0].credits[0].category", ("category", "fire"), ("credential", policy.Credential.ToString())),
                new(FindingCodes.ImpliedCategory, FindingSeverity.Info, "activities[0].credits[0].category", ("expected", "infection"), ("category", "fire")),
            ];
            var rendered = Render($"named-{reports}", new ReportSamples.Evaluated(s.AsOf, transcript, [result], findings), spanish);
            var found = EnglishIn(rendered, spanish, kindIdsAreNames: false);
            foreach (var part in Readable(rendered, spanish, kindIdsAreNames: false))
            {
                found.AddRange(SpanishNamedPolicy.EnglishNames.Where(name => part.Contains(name, StringComparison.Ordinal))
                    .Select(name => $"'{name}' in …{Around(part, part.IndexOf(name, StringComparison.Ordinal))}…"));
            }
            Assert.True(found.Count == 0, $"named-{reports}: the Spanish report has English words:\n{string.Join("\n", found.Distinct().Take(20))}");
            reports++;
        }
        Assert.Equal(60, reports);

        // The same transcripts name the kinds in Spanish: the check would see an id or an English name.
        var sample = new Transcript([new LearningActivity("act-77", new LearningActivityKind("drill"), new NodaTime.LocalDate(2024, 6, 1)) { DurationMinutes = 60 }]);
        var evaluated = evaluator.Evaluate(new Certification(policy.Credential, new NodaTime.LocalDate(2024, 3, 1)), sample, new NodaTime.LocalDate(2024, 7, 1));
        var html = Render("drill.json", new ReportSamples.Evaluated(new NodaTime.LocalDate(2024, 7, 1), sample, [evaluated], []), spanish).Html;
        Assert.Contains("simulacro", html, StringComparison.Ordinal);
        Assert.Contains("horas de seguridad", html, StringComparison.Ordinal);
        // The same check on the English report finds the English names, or it checks nothing.
        var english = string.Join(" ", Readable(Render("drill.json", new ReportSamples.Evaluated(new NodaTime.LocalDate(2024, 7, 1), sample, [evaluated], []), ReportSamples.English),
            ReportSamples.English, kindIdsAreNames: false));
        Assert.Contains("safety drill", english, StringComparison.Ordinal);
        Assert.Contains("safety hours", english, StringComparison.Ordinal);
    }

    /// <summary>A generated activity restated in the custom policy's terms: its kinds, its unit (and the AAMA's now and then), its categories and its body's approval.</summary>
    private static LearningActivity Localized(LearningActivity activity, int index)
    {
        var kinds = SpanishNamedPolicy.Kinds;
        string?[] categories = ["fire", "infection", null, "ethics"];
        return new LearningActivity(activity.Id, kinds[index % kinds.Length], activity.CompletedOn)
        {
            Title = activity.Title,
            DurationMinutes = activity.DurationMinutes,
            Credits = activity.Credits.Select((line, n) => new CreditLine(line.Amount,
                    (index + n) % 5 == 4 ? CreditUnit.AamaPoint : new CreditUnit("safety-hour"),
                    categories[(index + n) % categories.Length] is { } c ? new Category(c) : null)
                { ApprovedBy = line.ApprovedBy.IsEmpty ? [] : ["example-clinic"] })
                .ToImmutableArray(),
        };
    }
}
