using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Explanations;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Recommendations;
using CeuRules.Workforce;
using NodaTime;
using Spectre.Console;

namespace CeuRules.Cli;

/// <summary>
/// The <c>recommend</c> command: read a person's document and one or more course catalogs, and show
/// the courses that make every certification current for the least cost, time or number of courses.
/// Exit 0 when the recommendation was made from clean input, 1 when it was made but a catalog or the
/// document had error findings (a part was left out), 2 when an input cannot be read at all.
/// Every word but the table headings comes from <see cref="Explainer.English"/>.
/// </summary>
internal static class RecommendCommand
{
    /// <summary>The command, its options and its action.</summary>
    internal static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = $"The person's document: certifications and activities (JSON, see {DocLinks.To("formats.md")}); - reads standard input." };
        var catalogs = new Option<FileInfo[]>("--catalog") { Description = $"A course catalog to choose from (JSON, see {DocLinks.To("vendors.md")}); repeat for several.", HelpName = "FILE", Required = true, AllowMultipleArgumentsPerToken = false };
        var objective = ObjectiveOption();
        var asOf = CliOptions.AsOf("Recommend as of this date (YYYY-MM-DD); courses are assumed completed that day. Default: the document's asOf, else today.");
        var format = CliOptions.Format($"Output format: text (tables for people) or json (see {DocLinks.To("recommendations.md")}).", "text", "json");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file (replaced whole, or left as it was on failure) instead of standard output.", HelpName = "FILE" };
        var policies = PolicyFiles.Option();
        var culture = ReportCulture.Option("The language of the text output and of the error lines: en-US (the default) or es-US (en and es mean those), or another region of English or Spanish. The JSON output does not depend on it.");
        var command = new Command("recommend", "Recommend the courses from one or more catalogs that make every certification current for the least cost, time or number of courses." + CliOptions.Example("ceurules recommend transcript.json --catalog vendor-a.json --catalog vendor-b.json --objective time"))
            { file, catalogs, objective, asOf, format, output, policies, culture };
        command.SetAction(parse =>
        {
            // The culture first: every later line speaks it.
            if (!ReportCulture.TryParse(parse.GetValue(culture), context.Errors(), out var textCulture))
            {
                return CliApp.Unreadable;
            }
            var errors = context.Errors(textCulture);
            // As for batch: the output must never replace the document, a catalog or a policy file.
            if (!OutputFiles.AreSafe(
                [("--out", parse.GetValue(output))],
                [("input", parse.GetRequiredValue(file)),
                    .. (parse.GetValue(catalogs) ?? []).Select(c => ("catalog", (FileInfo?)c)),
                    .. PolicyFiles.ReadFrom(parse, policies)],
                context.Inputs, errors)
                || !CliOptions.TryParseAsOf(parse.GetValue(asOf), errors, out var asOfDate))
            {
                return CliApp.Unreadable;
            }
            var catalog = PolicyFiles.Load(parse, policies, errors, context.Inputs);
            return catalog is null
                ? CliApp.Unreadable
                : Run(new RecommendOptions(parse.GetRequiredValue(file), parse.GetValue(catalogs) ?? [], asOfDate, Objective(parse.GetValue(objective)), parse.GetValue(format) ?? "text",
                    parse.GetValue(output), textCulture), catalog, context);
        });
        return command;
    }

    /// <summary>Recommends courses as <paramref name="options"/> say, with <paramref name="policies"/>.</summary>
    internal static int Run(RecommendOptions options, PolicyCatalog policies, CliContext context)
    {
        var (file, catalogFiles, asOfOption, objective, format, output, culture) = options;
        var (stdout, interactive, inputs) = (context.Stdout, context.Interactive, context.Inputs);
        var errors = context.Errors(culture);
        var words = ReportCulture.Words(culture);
        if (inputs.Read(file, "document", TranscriptJsonReader.MaxDocumentBytes, errors) is not { } bytes)
        {
            return CliApp.Unreadable;
        }
        var read = TranscriptJsonReader.Read(bytes, policies);
        if (read.Document is not { } document)
        {
            // Each finding names the file in its details: the document was refused.
            foreach (var finding in read.Findings)
            {
                errors.Write(finding, InputFiles.Source(file));
            }
            return CliApp.Unreadable;
        }
        var inputFindings = read.Findings.ToList();
        if (ReadCatalogs(catalogFiles, inputs, errors) is not { } catalogs)
        {
            return CliApp.Unreadable;
        }

        var asOf = asOfOption ?? document.AsOf ?? context.Today();
        Recommendation recommendation;
        try
        {
            recommendation = Recommend(document, catalogs, asOf, objective, policies, context.CancellationToken);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            errors.Error(FindingCodes.Interrupted, "$", ("what", "recommendation"));
            return CliApp.Interrupted;
        }

        try
        {
            if (output is not null)
            {
                // Written beside the target and renamed: an earlier file survives a failed run.
                using var atomic = AtomicFile.Create(output.FullName);
                using (var writer = new StreamWriter(atomic.Stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
                {
                    Write(writer, format, words, policies, InputFiles.Name(file), recommendation, interactive: false);
                }
                atomic.Commit();
            }
            else
            {
                Write(stdout, format, words, policies, InputFiles.Name(file), recommendation, interactive);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Error(FindingCodes.CannotWrite, output!.ToString(), ("what", "output"), ("file", output.ToString()), ("reason", FindingCodes.WriteProblem(e)));
            return CliApp.Unreadable;
        }
        foreach (var finding in inputFindings.Concat(recommendation.Findings).Where(f => f.Severity == FindingSeverity.Error))
        {
            errors.Write(finding);
        }
        bool clean = Finding.AreValid(inputFindings) && Finding.AreValid(recommendation.Findings);
        return clean ? CliApp.Evaluated : CliApp.SomeLinesMalformed;
    }

    /// <summary>The objective named on the command line: "cost" (the default), "time" or "courses".</summary>
    internal static RecommendationObjective Objective(string? name) => name switch
    {
        "time" => RecommendationObjective.Time,
        "courses" => RecommendationObjective.Courses,
        _ => RecommendationObjective.Cost,
    };

    /// <summary>The option that names the objective, shared by <c>recommend</c> and <c>evaluate</c>.</summary>
    internal static System.CommandLine.Option<string> ObjectiveOption()
    {
        var option = new System.CommandLine.Option<string>("--objective") { Description = "What to minimise first: cost, time or courses (ties broken by the other two).", DefaultValueFactory = _ => "cost" };
        option.AcceptOnlyFromAmong("cost", "time", "courses");
        return option;
    }

    /// <summary>The catalogs named by <c>--catalog</c>, or null after saying on stderr which one cannot be read or used.</summary>
    internal static List<CourseCatalog>? ReadCatalogs(IReadOnlyList<FileInfo> files, InputFiles inputs, ErrorLines errors)
    {
        var catalogs = new List<CourseCatalog>(files.Count);
        foreach (var file in files)
        {
            if (inputs.Read(file, "catalog", CatalogJsonReader.MaxDocumentBytes, errors) is not { } bytes)
            {
                return null;
            }
            var read = CatalogJsonReader.Read(bytes);
            if (read.Catalog is not { } catalog)
            {
                // Each finding names the catalog's file in its details: the catalog was refused.
                foreach (var finding in read.Findings)
                {
                    errors.Write(finding, InputFiles.Source(file));
                }
                return null;
            }
            catalogs.Add(catalog);
        }
        return catalogs;
    }

    /// <summary>The recommendation for the document's person (every certification) from the catalogs.</summary>
    internal static Recommendation Recommend(TranscriptDocument document, IReadOnlyList<CourseCatalog> catalogs, LocalDate asOf, RecommendationObjective objective, PolicyCatalog policies,
        System.Threading.CancellationToken cancellationToken)
    {
        var person = new Person(document.PersonId ?? "person", document.Certifications, document.Transcript);
        return new CourseRecommender(policies).Recommend(person, catalogs, asOf, new RecommendationOptions { Objective = objective }, cancellationToken);
    }

    private static void Write(TextWriter writer, string format, Explainer words, PolicyCatalog policies, string fileName, Recommendation recommendation, bool interactive)
    {
        if (format == "json")
        {
            // The JSON is the same whatever the culture: its messages are English.
            writer.Write(RecommendationJsonWriter.ToJson(recommendation, Explainer.English.Culture));
            writer.WriteLine();
        }
        else
        {
            Text(writer, words, policies, fileName, recommendation, interactive);
        }
    }

    /// <summary>The policy a credential was evaluated by, from the outlook of the certification it belongs to.</summary>
    private static CredentialPolicy PolicyOf(Recommendation recommendation, Credential credential) =>
        recommendation.Certifications.First(o => o.Credential.Equals(credential)).EvaluationAfter.Policy;

    /// <summary>The recommendation for people, every word from <paramref name="words"/>.</summary>
    private static void Text(TextWriter writer, Explainer words, PolicyCatalog policies, string fileName, Recommendation recommendation, bool interactive)
    {
        var (console, border) = Terminal.For(writer, interactive);
        console.MarkupLine($"[bold]{Terminal.Text(fileName)}[/]: {Terminal.Text(words.RecommendationTitle(recommendation))}");
        string colour = recommendation.Status switch
        {
            RecommendationSolveStatus.Optimal => "green",
            RecommendationSolveStatus.Feasible => "yellow",
            RecommendationSolveStatus.NothingNeeded => "default",
            _ => "red",
        };
        console.MarkupLine($"[{colour}]{Terminal.Text(words.SolveStatus(recommendation.Status))}[/]");
        string Header(string id) => Terminal.Text(words.ColumnHeader(id));
        string Price(Money? price) => price is { } money ? Terminal.Text(words.Money(money)) : "-";

        if (!recommendation.Courses.IsEmpty)
        {
            var courses = new Table().Border(border).AddColumns(Header("course"), Header("vendor"), Header("price"), Header("minutes"), Header("earns"));
            foreach (var course in recommendation.Courses)
            {
                courses.AddRow(Terminal.Text($"{course.CourseId} {course.Title}"), Terminal.Text(course.Vendor), Price(course.Price),
                    course.DurationMinutes?.ToString("N0", words.Culture) ?? "-",
                    Terminal.Text(string.Join("; ", course.Earns.Select(e => $"{e.Credential.Acronym}: {words.Earned(e, PolicyOf(recommendation, e.Credential))}"))));
            }
            courses.AddRow($"[bold]{Header("total")}[/]", string.Empty, Terminal.Text(words.Money(recommendation.TotalCost)), recommendation.TotalMinutes.ToString("N0", words.Culture), string.Empty);
            console.Write(courses);
        }

        var outlooks = new Table().Border(border).AddColumns(Header("credential"), Header("now"), Header("after"), Header("uncovered"));
        foreach (var outlook in recommendation.Certifications)
        {
            string after = Terminal.Text(words.StatusName(outlook.StatusAfter));
            outlooks.AddRow(Terminal.Text(outlook.Credential.ToString()), Terminal.Text(words.StatusName(outlook.StatusBefore)),
                outlook.BecomesCurrent ? $"[green]{after}[/]" : after,
                Terminal.Text(outlook.Uncovered.IsEmpty && outlook.Reason is { } why ? words.Reason(why) : string.Join(" ", outlook.Uncovered.Select(u => words.Reason(u.Reason, outlook.EvaluationAfter.Policy)))));
        }
        console.Write(outlooks);

        if (!recommendation.Alternatives.IsEmpty)
        {
            console.MarkupLine($"[bold]{Header("notChosen")}[/]");
            var alternatives = new Table().Border(border).AddColumns(Header("course"), Header("vendor"), Header("price"), Header("whyNot"), Header("code"));
            foreach (var alternative in recommendation.Alternatives)
            {
                alternatives.AddRow(Terminal.Text($"{alternative.CourseId} {alternative.Title}"), Terminal.Text(alternative.Vendor), Price(alternative.Price),
                    Terminal.Text(words.Reason(alternative.Reason)), Terminal.Text(alternative.Reason.Code));
            }
            console.Write(alternatives);
        }
        var shown = recommendation.Findings.Where(f => f.Severity != FindingSeverity.Info).ToList();
        if (shown.Count > 0)
        {
            // Each finding as the explanation layer words it: severity, sentence, then its place and code as details.
            console.MarkupLine($"[bold]{Header("findings")}[/]");
            foreach (var finding in shown)
            {
                console.MarkupLine(Terminal.Text(words.FindingLine(finding, policies.Policies)));
            }
        }
    }
}

/// <summary>The values of the <c>recommend</c> command's argument and options.</summary>
internal sealed record RecommendOptions(FileInfo File, IReadOnlyList<FileInfo> Catalogs, LocalDate? AsOf, RecommendationObjective Objective, string Format, FileInfo? Output,
    System.Globalization.CultureInfo? Culture = null);
