// What a developer writes first with every CeuRules package, run for .NET 8 and .NET 10 by .ci/run.
// The first argument is the CeuRules clone, whose docs/examples it reads.
using System.Globalization;
using CeuRules.Calendars;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Recommendations;
using CeuRules.Reports;
using CeuRules.Spreadsheets;
using CeuRules.Workforce;
using NodaTime;

string examples = Path.Combine(args.Length > 0 ? args[0] : ".", "docs", "examples");

// CeuRules: one CMA from C# objects.
var certification = new Certification(Credential.AamaCma, new LocalDate(2021, 2, 10)) { IsMember = true };
var transcript = new Transcript([
    new LearningActivity("a1", LearningActivityKind.Course, new LocalDate(2022, 3, 1))
    {
        Title = "Phlebotomy update",
        Credits = [new CreditLine(CreditAmount.FromUnits(2), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["aama"] }],
    },
    new LearningActivity("cpr-1", LearningActivityKind.CprCard, new LocalDate(2022, 5, 1)) { ValidMonths = 24 },
]);
var evaluator = new CertificationEvaluator();
var result = evaluator.Evaluate(certification, transcript, asOf: new LocalDate(2025, 11, 23));
Console.WriteLine($"Plan: {result.Plan.Total} more points, {result.Plan.Approved} of them AAMA-approved, by {result.Plan.CompleteBy:uuuu-MM-dd}");

// CeuRules.Json: a transcript document.
var read = TranscriptJsonReader.ReadFile(Path.Combine(examples, "cma-ccma-recommend.json"));
var document = read.Document ?? throw new InvalidOperationException(string.Join("; ", read.Findings));
var asOf = new LocalDate(2026, 11, 23);
var evaluations = document.Certifications.Select(c => evaluator.Evaluate(c, document.Transcript, asOf)).ToList();
Console.WriteLine($"JSON: {evaluations.Count} certifications, {string.Join(", ", evaluations.Select(e => e.Status.ToId()))}");

// CeuRules.Recommendations: the cheapest courses that make the person current.
var catalogs = new[] { "course-market.json", "budget-ce.json" }
    .Select(name => CatalogJsonReader.ReadFile(Path.Combine(examples, "catalogs", name)).Catalog!).ToList();
var recommendation = new CourseRecommender().Recommend(new Person(document.PersonId!, document.Certifications, document.Transcript), catalogs, asOf);
Console.WriteLine($"Recommendation: {recommendation.Courses.Length} courses, {recommendation.TotalCost}");

// CeuRules.Reports: the Spanish page, as a string and written asynchronously.
var options = new ReportOptions { Culture = CultureInfo.GetCultureInfo("es-US"), Recommendation = recommendation };
string page = EvaluationReport.ToHtml(asOf, document.Transcript, evaluations, options);
using var body = new MemoryStream();
await EvaluationReport.WriteHtmlAsync(body, asOf, document.Transcript, evaluations, options, CancellationToken.None);
Console.WriteLine($"Report: Spanish {page.Contains("<html lang=\"es-US\">")}, same written asynchronously {body.Length == System.Text.Encoding.UTF8.GetByteCount(page)}");

// CeuRules.Spreadsheets: the transcript as an HR workbook, read back.
using var workbook = new MemoryStream();
SpreadsheetTranscriptWriter.WriteXlsx(workbook, [document]);
workbook.Position = 0;
var sheet = SpreadsheetTranscriptReader.ReadXlsx(workbook);
Console.WriteLine($"Workbook: {sheet.People.Length} people, {sheet.Findings.Length} findings");

// CeuRules.Calendars: the person's deadlines as iCalendar.
string calendar = DeadlineCalendar.ForPerson(evaluations, document.PersonId);
Console.WriteLine($"Calendar: {calendar.Split("BEGIN:VEVENT").Length - 1} events");
Console.WriteLine($"Runtime: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, built for {AppContext.TargetFrameworkName}");
