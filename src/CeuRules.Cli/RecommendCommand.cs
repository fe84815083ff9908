using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
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
    private static readonly Explainer Words = Explainer.English;

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
        var command = new Command("recommend", "Recommend the courses from one or more catalogs that make every certification current for the least cost, time or number of courses." + CliOptions.Example("ceurules recommend transcript.json --catalog vendor-a.json --catalog vendor-b.json --objective time"))
            { file, catalogs, objective, asOf, format, output, policies };
        command.SetAction(parse =>
        {
            var errors = context.Errors();
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
                    parse.GetValue(output)), catalog, context);
        });
        return command;
    }

    /// <summary>Recommends courses as <paramref name="options"/> say, with <paramref name="policies"/>.</summary>
    internal static int Run(RecommendOptions options, PolicyCatalog policies, CliContext context)
    {
        var (file, catalogFiles, asOfOption, objective, format, output) = options;
        var (stdout, interactive, inputs) = (context.Stdout, context.Interactive, context.Inputs);
        var errors = context.Errors();
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
                    Write(writer, format, InputFiles.Name(file), recommendation, interactive: false);
                }
                atomic.Commit();
            }
            else
            {
                Write(stdout, format, InputFiles.Name(file), recommendation, interactive);
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

    private static void Write(TextWriter writer, string format, string fileName, Recommendation recommendation, bool interactive)
    {
        if (format == "json")
        {
            writer.Write(RecommendationJsonWriter.ToJson(recommendation, Words.Culture));
            writer.WriteLine();
        }
        else
        {
            Text(writer, fileName, recommendation, interactive);
        }
    }

    /// <summary>The policy a credential was evaluated by, from the outlook of the certification it belongs to.</summary>
    private static CredentialPolicy PolicyOf(Recommendation recommendation, Credential credential) =>
        recommendation.Certifications.First(o => o.Credential.Equals(credential)).EvaluationAfter.Policy;

    private static void Text(TextWriter writer, string fileName, Recommendation recommendation, bool interactive)
    {
        var (console, border) = Terminal.For(writer, interactive);
        console.MarkupLine($"[bold]{Terminal.Text(fileName)}[/]: {Terminal.Text(Words.RecommendationTitle(recommendation))}");
        string colour = recommendation.Status switch
        {
            RecommendationSolveStatus.Optimal => "green",
            RecommendationSolveStatus.Feasible => "yellow",
            RecommendationSolveStatus.NothingNeeded => "default",
            _ => "red",
        };
        console.MarkupLine($"[{colour}]{Terminal.Text(Words.SolveStatus(recommendation.Status))}[/]");

        if (!recommendation.Courses.IsEmpty)
        {
            var courses = new Table().Border(border).AddColumns("Course", "Vendor", "Price", "Minutes", "Earns");
            foreach (var course in recommendation.Courses)
            {
                courses.AddRow(Terminal.Text($"{course.CourseId} {course.Title}"), Terminal.Text(course.Vendor), Terminal.Text(course.Price is { } price ? Words.Money(price) : "-"),
                    course.DurationMinutes?.ToString(CultureInfo.InvariantCulture) ?? "-",
                    Terminal.Text(string.Join("; ", course.Earns.Select(e => $"{e.Credential.Acronym}: {Words.Earned(e, PolicyOf(recommendation, e.Credential))}"))));
            }
            courses.AddRow("[bold]Total[/]", string.Empty, Terminal.Text(Words.Money(recommendation.TotalCost)), recommendation.TotalMinutes.ToString(CultureInfo.InvariantCulture), string.Empty);
            console.Write(courses);
        }

        var outlooks = new Table().Border(border).AddColumns("Credential", "Now", "After", "What stays uncovered");
        foreach (var outlook in recommendation.Certifications)
        {
            string after = Terminal.Text(Words.StatusName(outlook.StatusAfter));
            outlooks.AddRow(Terminal.Text(outlook.Credential.ToString()), Terminal.Text(Words.StatusName(outlook.StatusBefore)),
                outlook.BecomesCurrent ? $"[green]{after}[/]" : after,
                Terminal.Text(outlook.Uncovered.IsEmpty && outlook.Reason is { } why ? Words.Reason(why) : string.Join(" ", outlook.Uncovered.Select(u => Words.Reason(u.Reason, outlook.EvaluationAfter.Policy)))));
        }
        console.Write(outlooks);

        if (!recommendation.Alternatives.IsEmpty)
        {
            console.MarkupLine("[bold]Not chosen[/]");
            var alternatives = new Table().Border(border).AddColumns("Course", "Vendor", "Price", "Why not", "Code");
            foreach (var alternative in recommendation.Alternatives)
            {
                alternatives.AddRow(Terminal.Text($"{alternative.CourseId} {alternative.Title}"), Terminal.Text(alternative.Vendor), Terminal.Text(alternative.Price is { } price ? Words.Money(price) : "-"),
                    Terminal.Text(Words.Reason(alternative.Reason)), Terminal.Text(alternative.Reason.Code));
            }
            console.Write(alternatives);
        }
        var shown = recommendation.Findings.Where(f => f.Severity != FindingSeverity.Info).ToList();
        if (shown.Count > 0)
        {
            var findings = new Table().Border(border).AddColumns("Severity", "Code", "Where", "What");
            foreach (var finding in shown)
            {
                findings.AddRow(finding.SeverityId, Terminal.Text(finding.Code), Terminal.Text(finding.Path), Terminal.Text(finding.Message));
            }
            console.Write(findings);
        }
    }
}

/// <summary>The values of the <c>recommend</c> command's argument and options.</summary>
internal sealed record RecommendOptions(FileInfo File, IReadOnlyList<FileInfo> Catalogs, LocalDate? AsOf, RecommendationObjective Objective, string Format, FileInfo? Output);
