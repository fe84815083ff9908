using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CeuRules.Json;
using NodaTime;
using Xunit;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>
/// The files as their real clients see them. One fixture writes the batch reports (XLSX and CSV), a
/// transcript workbook and calendars, then converts all spreadsheets with two LibreOffice runs and
/// parses all calendars with one Python run.
/// </summary>
public sealed class ExternalClientsTest : IDisposable
{
    private static readonly LocalDate AsOf = new(2025, 11, 23);
    private readonly string scratch = Directory.CreateTempSubdirectory("ceurules-clients-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    /// <summary>A workforce workbook with accented person ids, from the shipped CSV files.</summary>
    private string WriteWorkforce()
    {
        using var activities = File.OpenRead(Paths.Examples("hr-activities.csv"));
        using var certifications = File.OpenRead(Paths.Examples("hr-certifications.csv"));
        var read = SpreadsheetTranscriptReader.ReadCsv(new CsvInput("hr-activities.csv", activities), new CsvInput("hr-certifications.csv", certifications));
        var names = new[] { "Müller-Ödön", "Peña-José", "Brontë-Zoë" };
        var documents = read.People.Select((p, i) => new TranscriptDocument(null, p.Document!.Certifications, p.Document.Transcript) { PersonId = names[i] });
        string path = Path.Combine(scratch, "workforce.xlsx");
        using var output = File.Create(path);
        SpreadsheetTranscriptWriter.WriteXlsx(output, documents);
        return path;
    }

    [SkippableFact]
    public void LibreOffice_reads_the_xlsx_and_csv_reports_and_the_transcript_workbook_with_accents_intact()
    {
        ExternalClients.RequireLibreOffice();
        string workforce = WriteWorkforce();
        foreach (var report in new[] { "report.xlsx", "report.csv" })
        {
            var (exit, _, error) = CliRun.Run(AsOf, "batch", workforce, "--as-of", "2025-11-23", "--within-days", "400", "--out", Path.Combine(scratch, report));
            Assert.True(exit == 0, error);
        }
        string outDir = Path.Combine(scratch, "out");
        ExternalClients.ConvertToCsv(scratch, outDir, [Path.Combine(scratch, "report.xlsx"), workforce]);
        ExternalClients.ConvertToCsv(scratch, Path.Combine(scratch, "out-csv"), [Path.Combine(scratch, "report.csv")], csvCharset: "76");

        var people = Lines(Path.Combine(outDir, "report-People.csv"));
        Assert.StartsWith("Input row,Person,Credential,Status,Certified on,Expires on,Last day to recertify by CE", people[0], StringComparison.Ordinal);
        Assert.Equal(4, people.Length);
        Assert.StartsWith("2,Müller-Ödön,CMA (AAMA),In progress,2021-02-10,2026-02-28,2026-05-29,", people[1], StringComparison.Ordinal);
        Assert.StartsWith("3,Peña-José,RMA (AMT),", people[2], StringComparison.Ordinal);
        Assert.StartsWith("4,Brontë-Zoë,CCMA (NHA),", people[3], StringComparison.Ordinal);
        Assert.Contains("Missing: total", people[0], StringComparison.Ordinal);
        var due = Lines(Path.Combine(outDir, "report-Due soon.csv"));
        Assert.Equal("Person,Credential,Status,Next step,Next step by,Days to next step,Credit still needed,Of which approved,Unit", due[0]);
        Assert.Contains(due, line => line.StartsWith("Müller-Ödön,CMA (AAMA),In progress,\"Earn the missing credit, then apply\",2026-02-28,97,", StringComparison.Ordinal));

        // The CSV report: LibreOffice consumes the byte-order mark and reads the same cells as the workbook's.
        var csv = Lines(Directory.GetFiles(Path.Combine(scratch, "out-csv")).Single());
        Assert.Equal(people.Length, csv.Length);
        for (int i = 0; i < people.Length; i++)
        {
            // The first 16 columns are the same in both; the CSV has a shortfall column for every minimum of the policies.
            Assert.Equal(string.Join(",", people[i].Split(',').Take(16)), string.Join(",", csv[i].Split(',').Take(16)));
        }
        Assert.Contains("Missing: clinical", csv[0], StringComparison.Ordinal);

        // The transcript workbook: every sheet, dates as dates, accents intact.
        var activities = Lines(Path.Combine(outDir, "workforce-Activities.csv"));
        Assert.StartsWith("Person,Activity ID,Title,Provider,Kind,Completed on,", activities[0], StringComparison.Ordinal);
        Assert.Contains(activities, line => line.StartsWith("Müller-Ödön,c1,Phlebotomy update,AAMA e-Learning Center,course,2022-03-01,", StringComparison.Ordinal));
        var certifications = Lines(Path.Combine(outDir, "workforce-Certifications.csv"));
        Assert.Equal("Brontë-Zoë,nha-ccma,2023-06-01,no", certifications[3]);
    }

    [SkippableFact]
    public void An_independent_parser_reads_every_calendar()
    {
        ExternalClients.RequireICalendar();
        var files = new System.Collections.Generic.Dictionary<string, int>();
        foreach (var example in Directory.GetFiles(Path.Combine(Paths.Root(), "docs", "examples"), "*.json").Order())
        {
            var (exit, ics, error) = CliRun.Run(AsOf, "evaluate", example, "--format", "ics");
            Assert.True(exit == 0, error);
            string path = Path.Combine(scratch, Path.ChangeExtension(Path.GetFileName(example), ".ics"));
            File.WriteAllText(path, ics);
            files[path] = ics.Split("BEGIN:VEVENT").Length - 1;
        }
        string workforce = WriteWorkforce();
        string due = Path.Combine(scratch, "due.ics");
        var batch = CliRun.Run(AsOf, "batch", workforce, "--as-of", "2025-11-23", "--within-days", "400", "--calendar", due);
        Assert.True(batch.Exit == 0, batch.Err);
        files[due] = File.ReadAllText(due).Split("BEGIN:VEVENT").Length - 1;
        Assert.True(files[due] > 0, "The workforce calendar has no event.");

        const string script = """
            import json, sys, icalendar
            out = {}
            for path in sys.argv[1:]:
                with open(path, 'rb') as f:
                    cal = icalendar.Calendar.from_ical(f.read())
                events = [c for c in cal.walk('VEVENT')]
                out[path] = {
                    'version': str(cal.get('VERSION')),
                    'events': len(events),
                    'alarms': sum(len(e.walk('VALARM')) for e in events),
                    'allDay': all(type(e.decoded('DTSTART')).__name__ == 'date' for e in events),
                    'uids': len(set(str(e.get('UID')) for e in events)),
                    'first': str(events[0].get('SUMMARY')) if events else None,
                }
            print(json.dumps(out))
            """;
        var (code, output, stderr) = ExternalClients.Run(ExternalClients.Python, new[] { "-c", script }.Concat(files.Keys), scratch);
        Assert.True(code == 0, stderr);
        using var parsed = JsonDocument.Parse(output);
        foreach (var (path, events) in files)
        {
            var result = parsed.RootElement.GetProperty(path);
            Assert.Equal("2.0", result.GetProperty("version").GetString());
            Assert.Equal(events, result.GetProperty("events").GetInt32());
            Assert.Equal(events * 3, result.GetProperty("alarms").GetInt32());
            Assert.Equal(events, result.GetProperty("uids").GetInt32());
            Assert.True(result.GetProperty("allDay").GetBoolean(), path);
        }
        Assert.StartsWith("Müller-Ödön: CMA (AAMA)", parsed.RootElement.GetProperty(due).GetProperty("first").GetString(), StringComparison.Ordinal);
    }

    private static string[] Lines(string path) => File.ReadAllText(path, Encoding.UTF8).TrimEnd('\n', '\r').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
}
