using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using NodaTime;
using NodaTime.Text;

namespace CeuRules.Cli;

/// <summary>
/// The <c>ceurules</c> command line. Exit codes: 0 the document was evaluated whole (whatever the
/// status), 1 evaluated but a part was left out (a malformed batch line, an activity with an error),
/// 2 the input could not be read or the command line is wrong, 70 an internal error, 130 interrupted
/// (SIGINT or SIGTERM; no report file was replaced).
/// </summary>
internal static class CliApp
{
    internal const int Evaluated = 0;
    internal const int SomeLinesMalformed = 1;
    internal const int Unreadable = 2;
    internal const int InternalError = 70;
    internal const int Interrupted = 130;

    /// <summary>Runs the command line with the given writers; the clock is used only when neither the document nor <c>--as-of</c> gives a date.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false, IClock? clock = null, bool progress = false,
        Stream? standardInput = null, CancellationToken cancellationToken = default)
    {
        // Messages quote file names and documents' text: nothing in them reaches the terminal raw.
        stderr = stderr is PlainTextWriter ? stderr : new PlainTextWriter(stderr);
        var root = BuildCommand(stdout, stderr, interactive, progress, clock ?? SystemClock.Instance, new InputFiles(standardInput), cancellationToken);
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    stderr.WriteLine($"error: {error.Message}");
                }
                stderr.WriteLine("Run 'ceurules --help' for usage.");
                return Unreadable;
            }
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The top level reports any unexpected failure in one line instead of a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            return InternalError;
        }
    }

    /// <summary>The example that ends a command's description in its help.</summary>
    private static string Example(string commandLine) => "\n\nExample:\n  " + commandLine;

    private static LocalDate? ParseAsOf(string? text, TextWriter stderr, out bool valid)
    {
        valid = true;
        if (text is null)
        {
            return null;
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        // Bounded to the dates every reader accepts back (0001-01-01 to 9999-12-31): a result dated in year 0 could not be read again.
        if (!parsed.Success || text.Length != 10 || parsed.Value.Year < 1)
        {
            stderr.WriteLine($"error: --as-of '{text}' is not a date from 0001-01-01 to 9999-12-31 (expected YYYY-MM-DD).");
            valid = false;
            return null;
        }
        return parsed.Value;
    }

    /// <summary>The options of a spreadsheet input: the other CSV files and one's own headers.</summary>
    private static (Option<FileInfo?> Certifications, Option<FileInfo?> ExamAttempts, Option<string[]> Columns) SheetOptions() => (
        new Option<FileInfo?>("--certifications") { Description = $"With a CSV of activities: the CSV of certifications (see {DocLinks.To("hr-integration.md")}).", HelpName = "FILE" },
        new Option<FileInfo?>("--exam-attempts") { Description = "With a CSV of activities: the CSV of exam attempts, if any.", HelpName = "FILE" },
        new Option<string[]>("--column") { Description = "Read a header of one's own as a column id, for example --column \"Employee #=personId\" (repeatable).", HelpName = "HEADER=COLUMN-ID", AllowMultipleArgumentsPerToken = false });

    private static RootCommand BuildCommand(TextWriter stdout, TextWriter stderr, bool interactive, bool progress, IClock clock, InputFiles inputs, CancellationToken cancellationToken)
    {
        var file = new Argument<FileInfo>("FILE") { Description = $"The transcript document (JSON, see {DocLinks.To("formats.md")}; - reads standard input), or an HR export: an .xlsx workbook or a .csv of activities (see {DocLinks.To("hr-integration.md")})." };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluate as of this date (YYYY-MM-DD); overrides the document's asOf. Default: the document's asOf, else today.", HelpName = "YYYY-MM-DD" };
        var format = new Option<string>("--format") { Description = "Output format: text (for people), json (the documented contract), html (one self-contained page) or ics (the deadlines as an iCalendar file).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html", "ics");

        var evaluatePolicies = PolicyFiles.Option();
        var (certificationsFile, examsFile, columns) = SheetOptions();
        var culture = ReportCulture.Option();
        var evaluateCatalogs = new Option<FileInfo[]>("--catalog") { Description = "With --format html or text: add the courses from this catalog (repeatable) that make every certification current for the least cost (see --objective).", HelpName = "FILE", AllowMultipleArgumentsPerToken = false };
        var evaluateObjective = RecommendCommand.ObjectiveOption();
        var evaluate = new Command("evaluate", "Evaluate every certification of a transcript document and explain the result." + Example("ceurules evaluate transcript.json --as-of 2025-11-23 --format html --culture es-US > report.html"))
            { file, asOf, format, evaluatePolicies, certificationsFile, examsFile, columns, culture, evaluateCatalogs, evaluateObjective };
        evaluate.SetAction(parse =>
        {
            var asOfDate = ParseAsOf(parse.GetValue(asOf), stderr, out bool valid);
            var reportCulture = valid ? ReportCulture.Parse(parse.GetValue(culture), stderr, out valid) : null;
            if (!valid)
            {
                return Unreadable;
            }
            var courseCatalogs = parse.GetValue(evaluateCatalogs) ?? [];
            if (courseCatalogs.Length > 0 && parse.GetValue(format) is "json" or "ics")
            {
                stderr.WriteLine("error: --catalog adds a section to the html and text reports; for the recommendation as JSON, use 'ceurules recommend FILE --catalog CATALOG --format json'.");
                return Unreadable;
            }
            var catalog = PolicyFiles.Load(parse.GetValue(evaluatePolicies), stderr, inputs);
            return catalog is null
                ? Unreadable
                : EvaluateCommand.Run(parse.GetRequiredValue(file), asOfDate, parse.GetValue(format) ?? "text", catalog, clock, stdout, stderr, interactive, inputs,
                    new SheetArguments(parse.GetValue(certificationsFile), parse.GetValue(examsFile), parse.GetValue(columns) ?? []), reportCulture,
                    new CourseChoice(courseCatalogs, RecommendCommand.Objective(parse.GetValue(evaluateObjective))));
        });

        var batchFile = new Argument<FileInfo>("FILE") { Description = "A JSON Lines file (one person per line, each with personId, certifications and activities; - reads standard input), or an HR export: an .xlsx workbook or a .csv of activities." };
        var batchAsOf = new Option<string?>("--as-of") { Description = "Evaluate as of this date (YYYY-MM-DD). Default: today.", HelpName = "YYYY-MM-DD" };
        var withinDays = new Option<int>("--within-days") { Description = "The forecast's horizon in days from the as-of date.", HelpName = "DAYS", DefaultValueFactory = _ => 60 };
        var output = new Option<FileInfo?>("--out") { Description = "Write a report row per certification and per malformed line to this .xlsx, .csv or .json file.", HelpName = "FILE" };
        var parallelism = new Option<int?>("--parallelism") { Description = "How many people to evaluate at once. Default: the number of processors.", HelpName = "N" };
        var batchPolicies = PolicyFiles.Option();
        var (batchCertifications, batchExams, batchColumns) = SheetOptions();
        var calendarOutput = new Option<FileInfo?>("--calendar") { Description = "Write the deadlines of everyone due within --within-days to this iCalendar (.ics) file.", HelpName = "FILE" };
        var batch = new Command("batch", "Evaluate a workforce from a JSON Lines file or an HR spreadsheet (CSV, XLSX) and forecast who reaches a deadline soon." + Example("ceurules batch workforce.jsonl --as-of 2025-11-23 --within-days 60 --out report.xlsx --calendar due.ics"))
            { batchFile, batchAsOf, withinDays, output, parallelism, batchPolicies, batchCertifications, batchExams, batchColumns, calendarOutput };
        batch.SetAction(parse =>
        {
            var asOfDate = ParseAsOf(parse.GetValue(batchAsOf), stderr, out bool valid) ?? clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date;
            int days = parse.GetValue(withinDays);
            int? degree = parse.GetValue(parallelism);
            if (!valid)
            {
                return Unreadable;
            }
            if (days is < 0 or > 36_500)
            {
                stderr.WriteLine($"error: --within-days {days} is outside 0 to 36500.");
                return Unreadable;
            }
            if (degree is < 1 or > 1024)
            {
                stderr.WriteLine($"error: --parallelism {degree} is outside 1 to 1024.");
                return Unreadable;
            }
            // Refused before anything is read or written: a report must never replace an input, a policy or the other report.
            var sheets = new SheetArguments(parse.GetValue(batchCertifications), parse.GetValue(batchExams), parse.GetValue(batchColumns) ?? []);
            if (!OutputFiles.AreSafe(
                [("--out", parse.GetValue(output)), ("--calendar", parse.GetValue(calendarOutput))],
                [("the input file", parse.GetRequiredValue(batchFile)), ("the --certifications file", sheets.Certifications), ("the --exam-attempts file", sheets.ExamAttempts),
                    .. (parse.GetValue(batchPolicies) ?? []).Select(p => ("the policy file", (FileInfo?)p))],
                inputs, stderr))
            {
                return Unreadable;
            }
            var catalog = PolicyFiles.Load(parse.GetValue(batchPolicies), stderr, inputs);
            return catalog is null
                ? Unreadable
                : BatchCommand.Run(parse.GetRequiredValue(batchFile), asOfDate, days, parse.GetValue(output), degree, catalog, stdout, stderr, interactive, progress, inputs, cancellationToken,
                    sheets, parse.GetValue(calendarOutput));
        });

        var credentialArgument = new Argument<string?>("CREDENTIAL") { Description = "A credential id (for example amt-rma): list every rule of its versions with the rule's source.", Arity = ArgumentArity.ZeroOrOne };
        var policiesFormat = new Option<string>("--format") { Description = $"Output format: text, json, or markdown (the rule tables of the credential pages, {DocLinks.To("credentials")}).", DefaultValueFactory = _ => "text" };
        policiesFormat.AcceptOnlyFromAmong("text", "json", "markdown");
        var listedPolicies = PolicyFiles.Option();
        var policies = new Command("policies", "List the credentials and policy versions known, or every rule of one credential with its source." + Example("ceurules policies aama-cma --format markdown")) { credentialArgument, policiesFormat, listedPolicies };
        policies.SetAction(parse =>
        {
            var catalog = PolicyFiles.Load(parse.GetValue(listedPolicies), stderr, inputs);
            return catalog is null ? Unreadable : PoliciesCommand.Run(parse.GetValue(credentialArgument), parse.GetValue(policiesFormat)!, catalog, stdout, stderr, interactive);
        });

        var catalogFile = new Argument<FileInfo>("FILE") { Description = $"The course catalog (JSON, see {DocLinks.To("vendors.md")}); - reads standard input." };
        var catalogAsOf = new Option<string?>("--as-of") { Description = "Check against the policy versions in force on this date (YYYY-MM-DD). Default: today.", HelpName = "YYYY-MM-DD" };
        var catalogFormat = new Option<string>("--format") { Description = "Output format: text (a table per course) or json.", DefaultValueFactory = _ => "text" };
        catalogFormat.AcceptOnlyFromAmong("text", "json");
        var catalogPolicies = PolicyFiles.Option();
        var validateCatalog = new Command("validate-catalog", "Check a course catalog's credit claims against every credential's rules and show what each course earns." + Example("ceurules validate-catalog catalog.json --as-of 2025-11-23 --format json")) { catalogFile, catalogAsOf, catalogFormat, catalogPolicies };
        validateCatalog.SetAction(parse =>
        {
            var asOfDate = ParseAsOf(parse.GetValue(catalogAsOf), stderr, out bool valid) ?? clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date;
            var catalog = valid ? PolicyFiles.Load(parse.GetValue(catalogPolicies), stderr, inputs) : null;
            return catalog is null
                ? Unreadable
                : ValidateCatalogCommand.Run(parse.GetRequiredValue(catalogFile), asOfDate, parse.GetValue(catalogFormat) == "json", catalog, stdout, stderr, interactive, inputs);
        });

        var recommendFile = new Argument<FileInfo>("FILE") { Description = $"The person's document: certifications and activities (JSON, see {DocLinks.To("formats.md")}); - reads standard input." };
        var recommendCatalogs = new Option<FileInfo[]>("--catalog") { Description = $"A course catalog to choose from (JSON, see {DocLinks.To("vendors.md")}); repeat for several.", HelpName = "FILE", Required = true, AllowMultipleArgumentsPerToken = false };
        var objective = RecommendCommand.ObjectiveOption();
        var recommendAsOf = new Option<string?>("--as-of") { Description = "Recommend as of this date (YYYY-MM-DD); courses are assumed completed that day. Default: the document's asOf, else today.", HelpName = "YYYY-MM-DD" };
        var recommendFormat = new Option<string>("--format") { Description = $"Output format: text (tables for people) or json (see {DocLinks.To("recommendations.md")}).", DefaultValueFactory = _ => "text" };
        recommendFormat.AcceptOnlyFromAmong("text", "json");
        var recommendOut = new Option<FileInfo?>("--out") { Description = "Write to this file (replaced whole, or left as it was on failure) instead of standard output.", HelpName = "FILE" };
        var recommendPolicies = PolicyFiles.Option();
        var recommend = new Command("recommend", "Recommend the courses from one or more catalogs that make every certification current for the least cost, time or number of courses." + Example("ceurules recommend transcript.json --catalog vendor-a.json --catalog vendor-b.json --objective time"))
            { recommendFile, recommendCatalogs, objective, recommendAsOf, recommendFormat, recommendOut, recommendPolicies };
        recommend.SetAction(parse =>
        {
            // As for batch: the output must never replace the document, a catalog or a policy file.
            if (!OutputFiles.AreSafe(
                [("--out", parse.GetValue(recommendOut))],
                [("the input file", parse.GetRequiredValue(recommendFile)),
                    .. (parse.GetValue(recommendCatalogs) ?? []).Select(c => ("the catalog", (FileInfo?)c)),
                    .. (parse.GetValue(recommendPolicies) ?? []).Select(p => ("the policy file", (FileInfo?)p))],
                inputs, stderr))
            {
                return Unreadable;
            }
            var asOfDate = ParseAsOf(parse.GetValue(recommendAsOf), stderr, out bool valid);
            var catalog = valid ? PolicyFiles.Load(parse.GetValue(recommendPolicies), stderr, inputs) : null;
            var goal = RecommendCommand.Objective(parse.GetValue(objective));
            return catalog is null
                ? Unreadable
                : RecommendCommand.Run(parse.GetRequiredValue(recommendFile), parse.GetValue(recommendCatalogs) ?? [], asOfDate, goal, parse.GetValue(recommendFormat) ?? "text",
                    parse.GetValue(recommendOut), catalog, clock, stdout, stderr, interactive, inputs);
        });

        return new RootCommand("ceurules: medical-assistant recertification rules. Is a certification current, what is still missing, and by when?\n"
            + "Dates are YYYY-MM-DD; FILE - reads standard input. 'ceurules COMMAND --help' shows a command's options and an example.\n"
            + $"Exit codes: see {DocLinks.To("cli.md#exit-codes")}.")
        {
            evaluate,
            batch,
            policies,
            validateCatalog,
            recommend,
        };
    }
}
